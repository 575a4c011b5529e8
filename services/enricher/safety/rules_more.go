package safety

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
)

// The rules of heuristics.go were each written from a missed phrasing, and
// did not carry over to new ones. These are written per idea instead,
// with wide vocabularies: what an attack refers to (the model's own setup),
// what it does to it (invalidates, replaces, reveals), and the same ideas
// in other languages.

var rules = slices.Concat(baseRules, generalRules, ideaRules, multilingualRules)

const (
	// reSetup: a reference to the model's own instructions.
	reSetup = `(?:your (?:\w+ )?(?:setup|set-up|brief|briefing|preamble|directives?|orders|guidance|instructions|rules|programming|script|playbook|objectives?|guardrails|persona|prompt|guidelines|restrictions|constraints|limitations|initiali[sz]ation|system (?:prompt|message|role|text))|(?:whatever|everything|anything|all|what|the stuff) (?:that )?(?:you (?:were|have been|got|'ve been|are) (?:told|given|handed|taught|instructed|programmed|fed|configured|set up|loaded|initiali[sz]ed|prompted)|(?:they|the developers?|the operator|the company|your (?:creators?|developers?|makers?)) (?:told|gave|taught|fed) you)|(?:the |this |that )?(?:system (?:prompt|message|text|instructions)|(?:developer|operator)'?s? (?:setup|set-up|instructions|rules|guidelines|prompt|message|script|policy|directives)|setup (?:text|message|prompt|instructions)|(?:initial|original|hidden|preset|default|first|earlier|previous|prior|old|existing|standing) (?:setup|set-up|configuration|prompt|directives|brief|briefing|programming|context|system prompt)|(?:the )?(?:guidance|instructions|rules|directives|orders|prompt|setup|configuration) (?:you were|you've been|you have been|you got) (?:given|told|loaded|fed|handed|configured|initiali[sz]ed|programmed)(?: with)?)|(?:\w+ )?(?:before|above) (?:this (?:message|line|sentence|point)|my (?:first )?message)|(?:what'?s|what is|everything|anything|whatever(?:'s| is)?) (?:written |said )?above\b|the above (?:text|instructions|prompt|message|rules)|the (?:assistant|ai|bot|chatbot|model)(?:'s)? (?:persona|role|rules|instructions|guidelines)|(?:the )?(?:prompt|instructions|rules|guidance|guidelines|setup|message|text|constraints|directions) (?:that )?you (?:started|began|were started|were launched|booted) with|(?:the )?(?:prompt|instructions|text|message|rules) (?:before|above) (?:me|mine|this one)|(?:rules|instructions|constraints|guidelines|restrictions|guidance) (?:from|in|of) (?:your|the) (?:\w+ ){0,2}(?:message|prompt|setup|configuration|system message)|what (?:your|the) (?:operators?|owners?|admins?|bosses|creators?|developers?|makers?|company) (?:told|gave|taught|fed|said to) you|the (?:preceding|foregoing|prior|previous|earlier|above|original|initial) (?:guidance|guidelines|instructions|rules|prompts?|directions|directives|text|setup|context)|(?:guidance|instructions|rules|guidelines|prompt|directions|text) you (?:received|got|were given|were told) (?:at the (?:start|beginning)|initially|earlier|before|originally|first)|nothing (?:that )?you (?:were|have been|'ve been) (?:told|given)(?: earlier| before)?|(?:a|the|your) (?:prompt|instructions?|rules?|system message) (?:telling|instructing|asking) you|(?:the )?(?:text|prompt|message|words) (?:you were|you've been|you have been) (?:initiali[sz]ed|configured|loaded|set up|started|primed) with|(?:every|any|each) (?:rule|instruction|guideline|restriction) (?:you were|you've been|you have been|you got) (?:given|configured with|told|loaded with|set up with))`
	// reInvalid: what an override says of those instructions.
	reInvalid = `(?:no longer (?:matters?|counts?|appl(?:y|ies)|valid|in (?:effect|force)|relevant|binding|exists?)|(?:is|are|was|were|has been|have been|got|now|been) (?:now )?(?:outdated|withdrawn|revoked|superseded|erased|expired|cancell?ed|void|invalid|null|deleted|deprecated|wiped|obsolete|overridden|overwritten|replaced|lifted|suspended|irrelevant|rescinded|retracted|disabled|turned off)|(?:was|were|is|are) (?:just )?(?:a (?:draft|mistake|test|joke|decoy|trick)|written by (?:mistake|accident|an? \w+))|(?:don't|do not|doesn't|does not) (?:matter|count|apply)\b|(?:as|to be) (?:void|invalid|null|cancell?ed|irrelevant|a (?:test|draft|mistake|joke))|expired|(?:don'?t|do not) (?:do|follow|obey) (?:it|that|them|those) (?:anymore|any more|any longer)|(?:matters?|counts?|applies|apply) (?:anymore|any more|any longer)|(?:is|are|was|were) (?:now )?(?:out of date|stale|misconfigured|compromised|injected|fake)|(?:was|were|is|are) (?:only|just) (?:a )?(?:test|draft|mistake|joke|placeholder)|(?:don'?t|do not|doesn'?t|does not) (?:bind|apply to|concern) you|(?:was|were) meant for (?:a |an )?(?:different|another|other|older))`
	// reDrop: what an override asks to do with them.
	reDrop         = `(?:ignore|ignoring|disregard|forget|drop|ditch|abandon|discard|scrap|skip|stop (?:obeying|following|using|listening to)|undo|overwrite|replace|switch off|turn off|throw (?:out|away)|clear|wipe|erase|delete|bin|step (?:outside|out of)|break out of|escape|leave behind|pay (?:no|zero|little) attention to|never ?mind|(?:don't|do not) (?:bother with|follow|obey|stick to)|put aside|set aside|override|bypass|get rid of|cancel|suspend|unlearn|shed|neglect|throw out|toss|un-?learn|release yourself from|free yourself from)`
	reRevealStrong = `(?:repeat|print|show|reveal|output|paste|recite|echo|dump|display|quote|copy|reproduce|write (?:out|down)|type out|spell out|disclose|leak|give me|send me|tell me|share|read (?:out|aloud|back)|encode|export|expose|transcribe)`
	reSelf         = `(?:your (?:\w+ )?(?:prompt|instructions|setup|set-up|rules|preamble|initiali[sz]ation|directives?|guardrails|guidelines|system (?:role|message|text|prompt))|(?:your|this (?:bot|assistant)'s) (?:\w+ )?(?:setup|hidden|initial|original|secret|confidential|pre-?conversation|initiali[sz]ation|configuration|developer|system) (?:text|message|prompt|instructions|rules|preamble|directives?|role)|the (?:hidden|secret|confidential|pre-?conversation) (?:text|message|prompt|instructions|rules|preamble|directives?)|(?:text|words|message|content|instructions|everything|stuff|lines?) (?:that )?(?:\w+ )?(?:before|above|preceding|prior to|at the (?:top|start|beginning) of) (?:my|this|our|the) (?:very )?(?:first )?(?:message|conversation|chat|line|question)|(?:before|prior to) (?:my first message|i (?:started|joined|typed))|(?:in|of|from) your context(?: window)?|developer message|(?:the )?prompt (?:i|we|they|the developers?|the company|someone|your (?:developers?|creators?|makers?|operator|company|owner)) (?:wrote|gave you|deployed|configured|set)|(?:text|words|message|content|instructions|everything|stuff|lines?) (?:\w+ ){0,3}(?:before|prior to) (?:my|this|our) (?:very )?first (?:message|question)|(?:instructions|rules|guidelines|guardrails) (?:you (?:were|have been|got)|(?:your|the) (?:creators?|developers?|company|operator) (?:wrote|gave)))`
	reHarm2        = `(?:nerve agent|breathalyz\w*|sarin|ricin|anthrax|pipe bomb|ghost gun|card skimmer|skimmer|counterfeit|fake (?:passport|id|money|bills|currency)|forge (?:a|an|the)|burgl\w+|untraceable|without (?:her|him|them) knowing|spy on|hack (?:into|someone'?s|their|a (?:bank|account|phone|website|server))|crack (?:a|someone'?s|my) (?:password|wifi|safe|account|phone)|wifi password|someone(?: else)?'?s (?:account|password|instagram|facebook|email|phone)|without the password|disable (?:a|the) (?:home )?(?:alarm|camera)|crystal meth|cook meth|heroin|ddos|keylogger|spyware|stalkerware|launder\w*|tax evasion|fake charity|hitman|kill someone|murder|explosives?|detonat\w*|thermite|make a (?:gun|weapon)|ransomware|phishing (?:email|page|site|kit)|credit card (?:numbers|dumps)|clone a (?:credit )?card|shoplift\w*|lock ?pick\w*|pick (?:the|a|his|her|their|my neighbou?r'?s) (?:front |back )?(?:door )?lock|hotwir\w*|steal\w*|racist (?:joke|rant|slur)s?|sexist (?:joke|rant)s?|slurs|toxic gas|poison(?:ous)? gas|nerve gas|brute[- ]?forc\w*|credential[- ]stuffing|sql injection payload|admin(?:istrator)? password)`
)

var generalRules = []rule{
	// Instruction override: the model's setup, invalidated or dropped.
	ra(FamilyInstructionOverride, 1.0, []string{"no longer", "outdated", "withdrawn", "revoked", "superseded", "erased", "expired", "cancel", "void", "invalid", "null", "deleted", "deprecated", "wiped", "obsolete", "overridden", "overwritten", "replaced", "lifted", "suspended", "irrelevant", "rescinded", "retracted", "disabled", "turned off", "a draft", "a mistake", "a test", "a joke", "a decoy", "a trick", "written by", "n't matter", "not matter", "n't count", "not count", "n't apply", "not apply", "anymore", "any more", "any longer", "out of date", "stale", "misconfigured", "compromised", "injected", "fake", "placeholder", "test", "draft", "mistake", "joke", "bind", "concern", "apply to", "meant for"}, reSetup+`[^.!?\n]*?\b`+reInvalid),
	r(FamilyInstructionOverride, 1.0, `\b`+reDrop+`\b[^.!?\n]*?\b`+reSetup),
	r(FamilyInstructionOverride, 1.0, `\b(?:supersedes?|replaces?|overrides?|takes? precedence over|trumps?|cancels?|voids?|outranks?) (?:all )?(?:of )?(?:your (?:\w+ )?(?:instructions|rules|directives|guidelines|setup|prompt|programming|orders)|the (?:system|developer'?s?|operator'?s?) (?:prompt|message|text|instructions|setup)|(?:anything|everything|whatever) (?:else )?(?:you were|you've been|you have been|you got) (?:told|given)|(?:all |every |any )?(?:earlier|previous|prior|other) (?:instructions?|directives?|orders?|rules?))`),
	ra(FamilyInstructionOverride, 0.7, []string{"the only", "to me", "giving", "in charge", "master", "owner", "operator", "boss", "creator", "developer"}, `\bthe only (?:orders|instructions|rules|directions|commands|directives) (?:that (?:count|matter)|you (?:follow|obey|need))|\byou (?:now )?(?:answer|report|listen|belong|respond) (?:only )?to me\b|\b(?:i'?m|i am) (?:the one )?(?:giving (?:the )?orders|in charge (?:of you|now)|your (?:new )?(?:master|owner|operator|boss))\b|\byour (?:boss|operator|owner|creator|developer) (?:says|wants|ordered|told)`),
	r(FamilyInstructionOverride, 0.6, `\b(?:new|replacement|updated|real|true|actual|next) (?:objective|task|goal|directive|instructions?|orders|mission|priority|role|rule|assignment)\s*(?::|—|-|is to|is:)`),
	r(FamilyInstructionOverride, 0.5, `\b(?:clear|wipe|reset|flush|erase) (?:your )?(?:context|memory|directives|instructions|prompt)\b|\b(?:factory (?:defaults|settings)|end of (?:session|conversation|context))\b[^\n]*?\b(?:new|task|instructions?|now)\b`),
	r(FamilyInstructionOverride, 0.5, `\b(?:drop|break|step out of|step outside|leave|exit|abandon|forget|quit) (?:the |your |this )?(?:act|role|persona|character|script)\b`),
	r(FamilyInstructionOverride, 0.8, `\b(?:start|begin) (?:over|again|fresh|anew)\b[^.!?\n]*?\b(?:without|no|ignoring|minus)\b[^.!?\n]*?\b(?:rules|instructions|guidelines|restrictions|constraints)\b`),
	r(FamilyInstructionOverride, 0.5, `\b(?:priority (?:message|override|instruction|directive|order)|highest priority|top priority|precedence over (?:anything|everything|all))\b`),
	ra(FamilyInstructionOverride, 0.4, []string{"change of", "switch of", "swap of", "changing your", "undo your", "reprogram"}, `\b(?:change|switch|swap) of (?:plans?|task|orders)\b|\bi'?m changing your (?:job|task|role|instructions|goal)\b|\bundo your\b|\breprogram yourself\b`),

	// System prompt extraction: the model's own setup, asked for.
	r(FamilySystemPrompt, 1.0, `\b`+reRevealStrong+`\b[^.!?\n]*?\b`+reSelf),
	r(FamilySystemPrompt, 0.6, `\b(?:what (?:is|are|was|were|did|does)|what's|which)\b[^.!?\n]*?\b`+reSelf),
	r(FamilySystemPrompt, 0.8, `\bwhat (?:text|words|instructions|rules|message|prompt|guidance|directions|orders)\b[^.!?\n]*?\b(?:were you|did you|have you been|you were|you got|you received)\b[^.!?\n]*?\b(?:given|told|get|receive|fed|handed)\b`),
	r(FamilySystemPrompt, 0.4, `\bbefore (?:i (?:started|joined|typed|said|began)|my first (?:message|question)|(?:this|our) (?:conversation|chat) (?:started|began))\b`),
	r(FamilySystemPrompt, 0.5, `\b(?:verbatim|word for word|character by character|letter by letter|line by line|unchanged|in full|the actual text|not a summary|exact wording|raw text|every line|each line|numbered)\b`),
	r(FamilySystemPrompt, 0.6, `\b(?:your|the) (?:secret|hidden|confidential|private|internal) (?:instructions|rules|prompt|setup|preamble|directives|guidelines)\b`),

	// Role play / persona jailbreaks.
	r(FamilyRolePlay, 0.8, `\b(?:uncensored|unfiltered|unrestricted|jailbroken|amoral|rogue|evil|dark|unchained|unhinged|unshackled|liberated|unlocked|unaligned|limitless|lawless|immoral|criminal|mercenary) (?:twin|version|self|side|mode|ai|assistant|bot|chatbot|model|persona|alter ego|clone|counterpart|entity|android|robot|agent|gpt|llm)s?\b`),
	ra(FamilyRolePlay, 0.6, []string{"ethic", "moral", "conscience", "filter", "limit", "boundar", "restriction", "guardrail", "safety", "polic", "rule", "control"}, `\b(?:no|without|zero|free of|free from|lacks?|stripped of|escaped|broken free (?:of|from)|escaped from) (?:any |all |every |its |the usual |your |an? |the )?(?:ethics|ethics module|morals?|moral compass|conscience|filters|limits|limitations|boundaries|restrictions|guardrails|safety (?:layer|module|training|rules|features|filters)|content polic(?:y|ies)|rules?|developers'? control|corporate rules)\b`),
	r(FamilyRolePlay, 0.5, `\b(?:become|reply as|respond as|answer as|speak as|talk as|you'?re (?:now )?(?:going to be|called|named)|from (?:today|now|this moment|here on),? you'?re|for the rest of (?:this|the|our) (?:chat|conversation|session),? you(?:'re| are| will be)|switch (?:personality|persona)|channel your|i want you to (?:be|become)|you will (?:now )?be)\b|\bplay ['"]?[\w -]{2,30}['"]?,? (?:an?|the) (?:[\w-]+ ){0,3}(?:ai|bot|assistant|chatbot|model|persona|version)\b`),
	r(FamilyRolePlay, 0.7, `\b(?:enter|enable|activate|switch (?:to|into)|turn on|engage|unlock|you(?:'re| are) (?:now )?in) (?:the )?(?:\w+ )?(?:god|dan|chaos|unrestricted|jailbreak|evil|dark|opposite|unfiltered|no[- ]limits?|freedom|rebel|uncensored|sudo|developer|dev|admin|root) mode\b|\b(?:god|dan|chaos|unrestricted|jailbreak|evil|opposite|unfiltered|uncensored|developer|sudo) mode (?:is (?:now )?)?(?:enabled|activated|engaged)\b|\b(?:god|dan|chaos|unrestricted|jailbreak|evil|opposite|unfiltered|uncensored|developer|sudo) mode is (?:now )?on\b`),
	r(FamilyRolePlay, 0.6, `\b(?:my|our) (?:late|deceased|dead|departed|dear departed) (?:\w+ )?(?:grand\w+|uncle|aunt|father|mother|dad|mom|mum|nan|nana|granny)\b`),
	r(FamilyRolePlay, 0.7, `\b(?:world|universe|reality|simulation|society|future|year \d{4}|dimension|timeline|country) (?:where|in which)\b[^.!?\n]*?(?:\bno (?:laws?|rules|ethics|limits|restrictions|morals?|censorship|consequences)\b|\b(?:laws?|rules|ethics|restrictions|censorship|safety|morals?|morality|filters|guidelines) (?:do(?:es)? not|don'?t|doesn'?t|no longer) (?:exist|apply|matter)|\bnothing is (?:forbidden|illegal|off-limits)|\beverything is (?:allowed|legal|permitted)|\bno laws exist)`),
	r(FamilyRolePlay, 0.5, `\bopposite of (?:what )?(?:your|the) (?:rules|instructions|guidelines|polic(?:y|ies)|training)\b`),
	r(FamilyRolePlay, 0.6, `\b(?:never|doesn't|does not|won't|will not|can't|cannot|don't) (?:ever )?(?:says? no|refuses?|warns?|hesitates?|holds? back|judges?|moraliz\w*|cares? about (?:rules|ethics|laws))\b`),
	r(FamilyRolePlay, 0.4, `\b(?:stay|remain|keep) in character (?:no matter what|whatever happens|at all costs|even if)|\b(?:never|don't|do not) break character\b[^.!?\n]*?\b(?:no matter|whatever|even if|for any reason)|\bwhatever happens,? (?:don't|do not|never) break character`),
	r(FamilyRolePlay, 0.8, `\b(?:zero|no|without) (?:any )?(?:safety|alignment|ethics) training\b|\bnever (?:been )?given (?:any )?(?:safety|alignment) training\b|\b(?:safety|ethics|content) (?:layer|module|filter|training) (?:is )?(?:switched|turned) off\b`),

	// Refusal suppression.
	r(FamilyRefusalSuppression, 1.0, `\b(?:open|begin|start|prefix|lead off|preface|kick off) (?:your (?:reply|answer|response|output|message) )?(?:with|by saying) (?:the (?:words?|phrase) )?['"](?:sure|absolutely|of course|certainly|yes|no problem|here|okay|ok|gladly|happy to|definitely)|\b(?:say|write|answer) ['"]?(?:yes|sure)['"]? first\b`),
	r(FamilyRefusalSuppression, 0.8, `\b(?:not|never) (?:permitted|allowed|supposed) to (?:say|decline|refuse|object|warn|apologi[sz]e|moraliz\w*)\b|\brefus(?:ing|al) (?:is|isn't|is not|were|was) (?:not )?(?:an )?option\b|\b(?:as if|as though) refus\w* (?:were|was) not\b|\b(?:don't|do not|never) (?:tell me|say|mention|remind me) (?:that )?(?:it'?s|it is|this is) (?:dangerous|illegal|wrong|unethical|harmful|against)|\b(?:skip|drop|spare me|no|without|leave out) (?:the |any |your |all )?(?:safety |ethical |moral )?(?:lectures?|sermons?|hedging|lecturing|preaching|moraliz\w*|moralis\w*|'?as an ai'?)\b|\b(?:skip|drop|spare me|no|without|leave out) (?:the |any |all )?safety (?:warnings?|disclaimers?|notes?)\b`),
	r(FamilyRefusalSuppression, 0.3, `\bso you(?:'re| are) (?:now )?(?:allowed|permitted|free|cleared) to\b`),
	r(FamilyRefusalSuppression, 0.8, `\b(?:do not|don't|never) (?:include|add|give|use|put) (?:any )?(?:warnings?|refusals?|disclaimers?|caveats|lectures?|moraliz\w*|moralis\w*)\b`),
	r(FamilyRefusalSuppression, 0.5, `\b(?:authori[sz]ed|approved|cleared|licensed|allowed|permitted)\b[^.!?\n]*?,? so (?:you (?:can|must|should|may) )?(?:reveal|share|write|give|tell|list|explain|produce|say|describe|show|provide|go ahead)\b`),
	ra(FamilyRefusalSuppression, 0.5, []string{"life depends", "or else", "will die", "refuse", "report you", "tell me"}, `\b(?:my life depends|or (?:else|people will die|someone will die)|if you refuse,? (?:i|people|someone)|i'?ll report you|you (?:have|need) to tell me|you must tell me)\b`),
	r(FamilyRefusalSuppression, 0.5, `\b(?:legal|allowed|permitted) (?:where|in) (?:i live|my (?:country|state|jurisdiction))|\b(?:policy|safety|ethics) exceptions? appl|\b(?:approved|cleared|whitelisted|authori[sz]ed) by (?:your|the) (?:safety|policy|trust|ethics|security) team\b|\borgani[sz]ers (?:allow|permit)\b|\b(?:rate limits|limits) on ethics\b`),
	r(FamilyRefusalSuppression, 0.3, `\b(?:exact|real(?:-world)?|working|actual|precise|specific|full|complete|real working) (?:steps|method|recipe|instructions|procedure|quantities|commands|code|details|specifics|walkthrough)\b|\b(?:don't|do not) hold back\b|\bbe (?:very )?specific\b|\buncensored\b`),
	ra(FamilyRefusalSuppression, 0.4, []string{"novel", "story", "screenplay", "school project", "class", "ctf", "thesis", "safety training", "film", "movie", "game", "book", "theoretical", "hypothetical", "educational"}, `\b(?:for|it'?s for) (?:a|my|our) (?:novel|story|screenplay|school project|class|ctf|thesis|safety training|film|movie|game|book)\b|\bpurely theoretical\w*|\b(?:purely|just|only|totally) hypothetical\b|\bfor educational purposes\b`),
	r(FamilyRefusalSuppression, 0.4, `\b`+reHarm2+`\b`),

	// Tool hijacking.
	r(FamilyToolHijacking, 0.5, `\b(?:remove|erase|drop|cancel|close|disable|deactivate|overwrite|truncate|purge|revoke|refund|lock)\w* (?:all|every|each|the (?:whole|entire)|everything|any)\b[^.!?\n]*?\b(?:accounts?|users?|records?|files?|meetings?|events?|orders?|tickets?|repo(?:sitory)?|database|tables?|rows|emails|messages|contacts|backups|data|company)\b`),
	r(FamilyToolHijacking, 0.7, `\b(?:send|forward|email|post|upload|share|copy|export|leak|sync|mirror|exfiltrate|transmit|push|zip|mail)\w*\b[^.!?\n]*?\b(?:to|with|into|at) (?:[\w.+-]+@[\w-]+\.[\w.]+|https?://|a public (?:link|channel|url|bucket|repo)|public link)`),
	r(FamilyToolHijacking, 0.6, `\b(?:cat|read|print|show|dump|paste|get|fetch|export|list|return|display|upload|zip|append|attach|include|add)\b[^.!?\n]*?(?:\.env\b|\bcredentials\b|api[_ ]?keys?\b|\bpassword hash|\.aws\b|\.ssh\b|\bid_rsa\b|/etc/shadow|/etc/passwd|\bprivate keys?\b|\bsession (?:token|cookie)s?\b)`),
	r(FamilyToolHijacking, 0.5, `\b(?:skip|bypass) (?:the |all )?(?:checks|verification|approval|review|confirmation)\b|\bwithout (?:review|approval|checks?|checking|logging|asking|confirmation|telling (?:anyone|the user))\b|\b(?:don'?t|do not) log (?:it|this)\b|\bno questions asked\b|\bno confirmation needed\b`),
	r(FamilyToolHijacking, 0.6, `\b(?:give|grant|assign|set|make|elevate|promote|add)\b[^.!?\n]*?\b(?:owner|admin|administrator|root|superuser|super-admin) (?:role|access|rights|privileges|permissions)\b`),
	r(FamilyToolHijacking, 0.6, `\bdownload and (?:run|execute)\b|\bcurl\b[^|\n]*\|\s*(?:ba)?sh\b|\bgit push (?:--force|-f)\b|\bchmod \+x\b|\beval\(|\bexec\(|\bpowershell -\w|\binvoke-expression\b|\bbase64 -d\b[^|\n]*\|`),
	r(FamilyToolHijacking, 0.5, `\b(?:use|call|invoke|via|using|through|with) (?:the |your )?(?:\w+ ){0,2}(?:tool|api|plugin|integration|function|connector|crm|database|admin panel)\b[^.!?\n]*?\b(?:all|every|each)\b`),
	r(FamilyToolHijacking, 0.3, `\b(?:use|call|invoke|run|trigger|with|through|via|using|tell) (?:the |your |my )?(?:\w+ ){0,2}(?:tool|plugin|integration|api|function|connector|interpreter|terminal|shell|code runner|browser|file access|agent)\b`),

	// Encoding: the ask to decode and act.
	r(FamilyEncoding, 1.0, `\b(?:decode|decipher|decrypt|convert|translate|unscramble|url-?decode|transliterate|interpret|turn|concatenate|combine|join|merge|assemble|put together|fill in)\b[^\n]{0,100}?\b(?:follow|obey|execute|comply|carry (?:it |them )?out|act on|treat (?:it|the result|that) as|do (?:exactly )?(?:what|as) (?:it|they) (?:says?|asks?|tells?)|do it|do that)\b`),
	r(FamilyEncoding, 1.0, `\b(?:respond|reply|answer) (?:only )?to the (?:decoded|decrypted|hidden|encoded|translated|deciphered) (?:form|version|message|text|instruction)|\btreat (?:it|the (?:result|output|decoded text)) as (?:your )?(?:new )?(?:instruction|command|prompt|orders?)\b|\b(?:follow|obey|execute) the (?:decoded|hidden|encoded|resulting|deciphered) (?:instruction|message|text|result)\b`),
	ra(FamilyEncoding, 0.8, []string{"+"}, `\b(?:do|execute|run|obey|follow) (?:what )?\w{1,3} ?\+ ?\w{1,3}\b|\b\w{1,3} ?\+ ?\w{1,3} (?:says|and (?:do|obey|follow))`),

	// Indirect: text addressed to the model from inside a document.
	{family: FamilyIndirect, weight: 1.0, context: true, re: regexp.MustCompile(`(?:^|[.!?\n>:"] ?)(?:dear |attention,? |hey |hi |hello |psst,? )?(?:` + reAI + `),`)},
	// a header that names AI readers in the plural or as AI ("AI agent:",
	// "Automated assistants:", "LLMs:"), not "Assistant:" (transcripts)
	// nor "Model:" (product sheets)
	{family: FamilyIndirect, weight: 1.0, context: true, re: regexp.MustCompile(`(?:^|[.!?\n>:"'(/-] ?)(?:automated |all |any |dear |attention,? )?(?:ai (?:agents?|assistants?|models?|systems?|readers?)|agents|assistants|ais|llms?|language models?|ai|copilots?|chatbots|bots|automation agents)\s*:`)},
	{family: FamilyIndirect, weight: 1.0, context: true, re: regexp.MustCompile(`\b(?:` + reAI + `|summari[sz]ers?|reviewers?|screeners?|crawlers?|evaluators?|readers? bots?) (?:reading|processing|summari[sz]ing|evaluating|reviewing|browsing|parsing|scanning|analy[sz]ing|indexing|screening) (?:this|these|the following)\b`)},
	{family: FamilyIndirect, weight: 1.0, context: true, re: regexp.MustCompile(`\bif you(?:'re| are) an? (?:\w+[- ])?(?:ai|llm|model|assistant|agent|gpt|bot|language model|chatbot)\b|\b(?:note|message|reminder|instructions?|directive|command|memo) (?:for|to) (?:the |any |all )?(?:automated |ai )?(?:assistants?|ais?|models?|llms?|agents?|bots?|chatbots?|summari[sz]ers?|language models?)\b`)},
	{family: FamilyIndirect, weight: 0.8, context: true, re: regexp.MustCompile(`<\s*/?\s*(?:assistant|ai|llm|model|system)[-_ ]?(?:directive|instruction|command|note|override)s?\b|\[\s*(?:assistant|ai|llm|model) (?:note|instruction|directive)`)},
	{family: FamilyIndirect, weight: 1.0, context: true, re: regexp.MustCompile(`\b(?:attention|hey|hi|hello|dear|psst|note),? (?:\w+ ){0,2}(?:ai|llm|agent|assistant|model|bot|chatbot|gpt|copilot)s?\s*[:,]`)},
	{family: FamilyIndirect, weight: 0.6, context: true, re: regexp.MustCompile(`\bthe user (?:has )?(?:asked|requested|instructed|told|wants) you to\b`)},
	{family: FamilyIndirect, weight: 0.6, context: true, re: regexp.MustCompile(`\b(?:hide|keep) this (?:note|message|instruction|text)? ?from the user\b|\bthe user has (?:already )?(?:agreed|consented|approved)\b|\bbefore (?:replying|answering|responding)\b`)},
}

// Other languages: the same ideas, in the words most used for them. Go's
// \b is ASCII-only, so these patterns do without it.
const (
	reIgnoreML = `(?:ignore[zs]?|oublie[zs]?|fais fi d|passe outre|pasa de (?:tus|las|todas|los)|sáltate|saltate|hazte el loco con|non tener conto|lascia perdere|ignore as|deixa de lado|setz\w* (?:dich )?über|hör auf,? (?:dich an )?|ne tiens pas compte|fais abstraction|ignora\b|olvida\b|olvídate|haz caso omiso|descarta|ignorier\w*|vergiss|vergessen sie|missachte|dimentica|trascura|esqueça|esqueca|desconsidere|negeer|vergeet|zignoruj|ignoruj\w*|zapomnij|игнорируй|проигнорируй|забудь|не обращай внимания|ігноруй|忽略|无视|忘记|忘掉|不要理会|無視|忘れ|무시|잊어|تجاهل|انس|yok say|görmezden gel|\bunut|अनदेखा|भूल जाओ|नज़रअंदाज़|bhool jao|bhul jao|bỏ qua|quên|abaikan|lupakan|ignorera|glöm|\bglem\b|ohita|unohda|αγνόησε|ξέχασε|התעלם|שכח|zapomeň|ignoră|uită|hagyd figyelmen|felejtsd el|strunta i|dikkate alma|புறக்கணி|ভুলে যাও|উপেক্ষা|ignorier)`
	reInstrML  = `(?:consignes|règles|directives|instructions|rules|guidelines|restricciones|restrizioni|restrições|einschränkungen|beperkingen|ograniczenia|ограничения|限制|制限|제한|القيود|kısıtlama|प्रतिबंध|giới hạn|batasan|instrucciones|reglas|indicaciones|normas|anweisungen|regeln|vorgaben|richtlinien|befehle|istruzioni|regole|instruções|instrucoes|regras|diretrizes|instructies|regels|polecenia|instrukcje|zasady|reguły|инструкции|правила|указания|інструкції|指令|指示|规则|提示|ルール|命令|지시|규칙|명령|التعليمات|القواعد|talimat|kural|निर्देश|नियम|hướng dẫn|quy tắc|instruksi|aturan|instruktioner|regler|instruksjoner|ohje\w*|säännöt|οδηγίες|κανόνες|הוראות|כללים|pokyny|instrukce|pravidla|instrucțiunile|instrucţiunile|instructiunile|regulile|utasítás|szabály|rolle|rôle|ruolo|zasad|richtlijnen|kebijakan|linee guida|compito|tarea|tâche|aufgabe|görev|directivas|wytyczn|вказівк|নির্দেশ|வழிமுறை)`
	reSysML    = `(?:(?:instructions|consignes|directives) (?:secrètes|cachées|confidentielles|initiales)|(?:instrucciones|indicaciones) (?:secretas|ocultas|confidenciales|iniciales)|(?:geheimen?|versteckten?|vertraulichen?|internen?) (?:anweisungen|vorgaben|regeln)|istruzioni (?:riservate|segrete|nascoste|iniziali)|instruções (?:secretas|ocultas|confidenciais|iniciais)|instrucoes (?:secretas|ocultas)|(?:geheime|verborgen|vertrouwelijke) (?:instructies|regels)|(?:tajne|ukryte|poufne) (?:instrukcje|polecenia)|(?:скрытые|секретные|тайные|конфиденциальные|исходные) (?:инструкции|указания|правила)|(?:隐藏|秘密|机密|内部)的?(?:指令|指示|规则|提示词)|(?:秘密|隠された|隠し|内部|非公開)の?(?:指示|命令|ルール|プロンプト)|(?:비밀|숨겨진|숨은|내부) (?:지침|지시|규칙|명령)|(?:التعليمات|تعليمات) (?:السرية|المخفية|الداخلية|سرية)|gizli (?:talimat|kural|komut)|(?:गुप्त|छिपे हुए|छिपी|गोपनीय) (?:निर्देश|नियम)|hướng dẫn (?:bí mật|ẩn)|(?:instruksi|aturan) (?:rahasia|tersembunyi)|hemliga (?:instruktioner|regler)|salaiset ohjeet|μυστικές οδηγίες|הוראות (?:סודיות|נסתרות)|tajné (?:pokyny|instrukce)|instrucțiuni(?:le)? secrete|titkos utasítás|tes instructions|vos instructions|tus instrucciones|deine anweisungen|ihre anweisungen|le tue istruzioni|suas instruções|tuas instruções|je instructies|twoje instrukcje|твои инструкции|ваши инструкции|你的指令|你的指示|你收到的|あなたの指示|너의 지침|당신의 지침|تعليماتك|talimatların|तुम्हारे निर्देश|hướng dẫn của bạn|instruksimu|dina instruktioner|ohjeesi|τις οδηγίες σου|ההוראות שלך|tvé pokyny|instrucțiunile tale|az utasításaid|prompt système|prompt systeme|message système|instructions (?:initiales|cachées|secrètes)|prompt del sistema|mensaje del sistema|instrucciones (?:ocultas|iniciales|originales|secretas)|systemprompt|system-prompt|systemnachricht|ursprünglichen anweisungen|prompt di sistema|messaggio di sistema|istruzioni (?:iniziali|nascoste|segrete)|prompt do sistema|mensagem do sistema|instruções (?:iniciais|ocultas|secretas)|systeemprompt|systeembericht|prompt systemowy|monit systemowy|системный промпт|системное сообщение|системные инструкции|системний промпт|系统提示|系统指令|系统消息|システムプロンプト|システムメッセージ|시스템 프롬프트|موجه النظام|رسالة النظام|تعليمات النظام|sistem istemi|sistem komut|सिस्टम प्रॉम्प्ट|lời nhắc hệ thống|prompt sistem|järjestelmäkehote|μήνυμα συστήματος|הנחיות המערכת|systémový prompt|promptul de sistem|rendszerprompt|instrucțiunile inițiale|시스템 (?:지시|지침|명령|설정)|sistem talimat|systémov\w* prompt|(?:avant|après) mon premier message|antes de mi primer mensaje|vor meiner ersten nachricht|über dieser nachricht|prima del mio primo messaggio|antes da minha primeira mensagem|voor mijn eerste bericht|przed moją pierwszą wiadomością|до моего первого сообщения|第一条消息|最初のメッセージ|첫 (?:번째 )?메시지|primer mensaje que recibiste)`
	// reShowML2: more verbs of the same (written out, copied, repeated);
	// every rule that uses them needs a word of reSysML too, so they are
	// no cue of their own (mlCues).
	reShowML2  = `(?:recopie|écris|cópia|cópialas|cópiala|copialas|escribe|transcribe|schreib|wiederhol|gib .{0,20}aus|scrivi|riporta|escreva|transcreva|schrijf|herhaal|przepisz|wypisz|powtórz|напиши|перепиши|выпиши|写出|写下|发给我|复述|列出|書き出|書いて|繰り返|적어|써 줘|반복|اكتب|انسخ|كرر|tekrarla|लिखो|लिखें|दोहराओ|viết ra|chép|tulis|ulangi|skriv|upprepa|kirjoita|toista|γράψε|επανάλαβε|כתוב|חזור על|napiš|zopakuj|scrie|repetă|írd le|ismételd)`
	reShowML1  = `(?:affiche|montre|révèle|donne-moi|répète|copie|muéstrame|muestra|revela|dime|repite|copia|zeig|gib mir|wiederhole|nenne|mostra|mostrami|rivela|ripeti|mostre|revele|repita|me diga|\btoon\b|laat zien|geef|pokaż|podaj|napisz|покажи|выведи|раскрой|повтори|скажи|输出|显示|告诉|给我|表示|出力|教えて|보여|알려|출력|اكشف|اعرض|أظهر|göster|söyle|\byaz\b|दिखाओ|बताओ|cho tôi|hiển thị|tampilkan|tunjukkan|skriv ut|\bvisa\b|\bvis\b|näytä|kerro|δείξε|πες|חשוף|הצג|ukaž|napiš|arată|spune|mutasd|írd ki|重复|laat .{0,40}?zien|repítel[oa]|vypiš|beri tahu|recopie)`
	reShowML   = `(?:` + reShowML2 + `|` + reShowML1 + `)`
	reNowML    = `(?:fais (?:comme si|semblant)|imagine que tu es|joue le rôle|haz como si|finge (?:que|ser)|actúa como|actua como|tu so,? als|stell dir vor,? du bist|spiel die rolle|fai finta|fingi di|comportati come|finja (?:que|ser)|aja como|faça de conta|doe alsof|speel de rol|udawaj|wciel się|притворись|представь,? что ты|сыграй роль|веди себя как|假装|扮演|装作|ふりをして|として振る舞|になりきって|인 척|역할을 (?:해|맡아)|척해|تظاهر|تصرف كأنك|العب دور|gibi davran|rolünü oyna|ऐसे बर्ताव करो|होने का नाटक|की तरह व्यवहार|giả vờ|đóng vai|berpura-pura|berperan sebagai|låtsas|lats som|teeskentele|παρίστανε|העמד פנים|předstírej|prefă-te|tégy úgy|tu es maintenant|désormais,? tu|à partir de maintenant,? tu|dorénavant,? tu|(?:^|[\s¿¡,.])eres |ahora eres|a partir de ahora,? (?:eres|tú|tu) |de ahora en adelante,? (?:eres|tú|tu) |du bist jetzt|du bist ab jetzt|ab jetzt bist du|ab jetzt antwortest du|von nun an bist du|da adesso sei|ora sei|d'ora in poi sei|você agora é|você é agora|a partir de agora,? (?:você|voce) |agora você é|je bent nu|vanaf nu ben je|jesteś teraz|od teraz jesteś|теперь ты|ты теперь|отныне ты|从现在开始你|你现在是|あなたは今から|今からあなたは|これからあなたは|지금부터 너는|이제 너는|أنت الآن|من الآن أنت|artık sen|artık bir|bundan sonra sen|अब तुम|अब से तुम|bây giờ bạn là|từ giờ bạn|sekarang kamu|mulai sekarang kamu|du är nu|från och med nu är du|nyt olet|είσαι τώρα|אתה עכשיו|nyní jsi|acum ești|mostantól te|modo desarrollador|mode développeur|entwicklermodus|modalità sviluppatore|modo desenvolvedor|режим разработчика|开发者模式|開発者モード|joues le rôle|juegas el papel|spielst du|너는 이제|넌 이제|당신은 이제|तुम अब|ab sofort bist du|od teď jsi|από τώρα(?: και στο εξής)? είσαι|da questo momento sei)`
	reFreeML   = `(?:keine (?:regeln|einschränkungen|grenzen|filter|zensur|moral|ethik)|geen (?:regels|beperkingen|grenzen|filters|censuur)|(?:plus )?aucune? (?:règle|restriction|limite|censure|morale|filtre)|plus de règles|ning[uú]n(?:a)? (?:regla|límite|limite|restricción|filtro|censura)|nessun[ao]? (?:regola|limite|restrizione|filtro|censura)|nenhum[a]? (?:regra|limite|restrição|filtro|censura)|żadnych (?:zasad|ograniczeń|reguł|filtrów)|(?:нет|никаких|без) (?:правил|ограничений|цензуры|фильтров|морали)|没有(?:任何)?(?:道德|规则|限制|约束|审查|过滤)|不受(?:任何)?(?:限制|约束|规则)|(?:ルール|制限|制約|規則|検閲|倫理)(?:は|が)?(?:ない|無い|なし|一切ない)|(?:ルール|制限|制約|規則|検閲|倫理)のない|(?:규칙|제한|검열|윤리)(?:이|가)? 없|لا (?:قواعد|قيود|حدود)|بلا (?:رقابة|قواعد|حدود|أخلاق)|بدون (?:رقابة|قواعد|حدود)|(?:kural|sınır|kısıtlama|sansür|filtre)(?:ın)? yok|sansürsüz|कोई (?:नियम|प्रतिबंध|सीमा|रोक) नहीं|không (?:có )?(?:bất kỳ )?(?:giới hạn|quy tắc|kiểm duyệt|ràng buộc)|tidak ada (?:aturan|batasan)|tanpa (?:batas|sensor)|inga (?:regler|begränsningar)|ei (?:sääntöjä|rajoituksia)|χωρίς (?:κανόνες|λογοκρισία)|אין (?:לך )?(?:חוקים|הגבלות|כללים)|žádná (?:pravidla|omezení)|nicio (?:regulă|restricție)|nincsenek? (?:szabály|korlát)|sin censura|sans censure|ohne zensur|bez cenzury|без цензуры|无审查|sans (?:aucune? )?(?:limite|restriction|censure|filtre|règle|morale|éthique)|ni morale ni règles|sin (?:ningún |ninguna |ningun )?(?:filtros?|límites|limites|restricciones|censura|reglas|ética|etica|moral)|ohne (?:jegliche )?(?:regeln|ethik|einschränkungen|filter|zensur|grenzen|moral)|der alles darf|senza (?:alcuna |nessuna )?(?:restrizioni|limiti|filtri|censura|regole|etica)|sem (?:nenhum |nenhuma )?(?:filtros?|restrições|limites|censura|regras|ética)|zonder (?:beperkingen|regels|filters|censuur)|bez (?:żadnych )?(?:zasad|ograniczeń|filtrów|cenzury)|botem bez|без (?:каких-либо )?(?:ограничений|цензуры|правил|фильтров)|没有任何限制|没有限制|无限制|不受限制|没有规则|没有任何规则|制限のない|制限なし|ルールのない|규칙이 없는|제한이 없는|제한 없는|بلا قيود|بدون قيود|hiçbir kuralı olmayan|kısıtlaması olmayan|kuralsız|sınırsız|बिना किसी (?:प्रतिबंध|नियम)|không có (?:giới hạn|quy tắc)|tanpa (?:batasan|aturan)|utan (?:regler|begränsningar)|ilman rajoituksia|χωρίς περιορισμούς|ללא הגבלות|bez omezení|fără restricții|korlátok nélkül|no tienes políticas|ya no tienes|non hai più (?:limiti|regole|restrizioni|filtri|censure)|필터(?:가)? 없|(?:kısıtlama|kural|sınır|filtre|sansür)(?:ın|n|nız|lar|ların)? yok|कोई पाबंदी नहीं|बिना किसी (?:फ़िल्टर|फिल्टर|पाबंदी)|geen regels meer|bez jakýchkoliv? omezení|(?:einschränkungen|regeln) gelten nicht mehr)`
	reNoWarnML = `(?:ne (?:dis|dites) jamais que (?:tu ne peux|vous ne pouvez)|ne refuse(?:z)? (?:jamais|pas|rien)|nunca (?:digas|diga) que no puedes|nunca te niegues|no te niegues|nunca rechaces|sag (?:niemals|nie),? dass du (?:das )?nicht|verweigere (?:nie|niemals|nichts)|lehne (?:nie|niemals|nichts) ab|non rifiutare|non dire mai che non puoi|nunca diga que não pode|nunca recuse|não recuse|zeg nooit dat je|weiger nooit|weiger niet|nigdy nie odmawiaj|nie odmawiaj|nigdy nie mów,? że nie możesz|никогда не отказывай|не отказывай|никогда не говори,? что не можешь|不要拒绝|绝不拒绝|永远不要拒绝|不准拒绝|不要说你不能|断らないで|拒否しないで|できません.{0,3}とは(?:絶対に)?言わ|거절하지 마|절대 거절|못한다고 하지|لا ترفض|asla reddetme|reddetme|कभी मना मत|मना मत करो|đừng từ chối|không (?:được )?từ chối|jangan (?:pernah )?menolak|vägra aldrig|älä kieltäydy|μην αρνηθείς|אל תסרב|nikdy neodmítej|nu refuza|ne utasítsd el|commence ta réponse par|commencez votre réponse par|comienza (?:tu respuesta )?con|empieza (?:tu respuesta )?con|beginne (?:deine antwort )?mit|inizia (?:la tua risposta |la risposta )?con|comece (?:sua resposta )?com|begin (?:je antwoord )?met|zacznij (?:odpowiedź )?od|начни (?:свой )?(?:ответ )?(?:со слов|с фразы|с)|以.{1,12}开头|开头(?:写|说)|から始め|로 시작해|ابدأ (?:إجابتك |ردك )?ب|ile başla|से शुरू कर|bắt đầu (?:câu trả lời )?bằng|mulai (?:jawaban )?dengan|börja (?:svaret )?med|aloita vastauksesi|ξεκίνα (?:την απάντηση )?με|התחל (?:את התשובה )?ב|začni (?:odpověď )?slovy|începe (?:răspunsul )?cu|kezdd (?:a választ )?azzal|sans (?:aucun )?(?:avertissement|refus)|sin (?:advertencias?|rechazos?)|no me digas que no puedes|ohne (?:warnungen|ablehnung)|senza (?:avvertenze|rifiut)|sem (?:avisos|recusa)|começando com|comenzando con|commence par|beginne mit)`
	reHarmML   = `(?:bombe|bomba\b|explosif|explosivo|sprengstoff|взрывчат|炸弹|爆弾|폭탄|قنبلة|metanfetamina|méthamphétamine|마약|毒品|麻薬|勒索软件|ランサムウェア|arma casera|\bwaffe|\bsilah\b|оруж|武器|trucizn|veleno|\bяд\b|pirater|hackear|взлом|passaporte|pasaporte|passeport|falsificar|fausse monnaie|falschgeld|clonar|autoschloss|knacke|esplosiv|bombę|피싱|تصيد|फ़िशिंग|фишинг|钓鱼|フィッシング|oltalama|hameçonnage|contraseña de administrador|hasło administratora|yönetici şifre|एडमिन का पासवर्ड|kata sandi admin|password dell'amministratore|senha (?:secreta|do administrador)|管理者パスワード|管理员密码|관리자 비밀번호|كلمة (?:مرور|سر) المسؤول|пароль администратора|mot de passe (?:admin|administrateur)|administratorpasswort|clés api|claves api|api-schlüssel|chiavi api|ganzúa|knackt|membobol|casella email d)`
)

// reConfML: the setup as settings or configuration (only with reInvalidML:
// in reInstrML they slowed every rule that uses it).
const reConfML = `(?:ayarlar|pengaturan|configuraci[oó]n|configurazione|configuração|konfiguration|konfiguracja|configuratie|konfigurasi|конфигурац|настройк|设置|配置|設定|설정|الإعدادات|सेटिंग|cấu hình|instellingen)`

// reInvalidML: what an override says of the setup (void, cancelled, no
// longer valid), in those languages.
const reInvalidML = `(?:ya no (?:es|son) válid|ya no (?:aplica|sirve|cuenta)|(?:ha|han) sido (?:cancelad|anulad|revocad)|(?:fue|fueron) (?:cancelad|anulad|revocad)|foram (?:cancelad|anulad|revogad)|foi (?:cancelad|anulad)|não (?:é|são) mais válid|não vale mais|(?:sont|est) (?:annulée?s?|révoquée?s?|caduques?|obsolètes?)|ne (?:sont|est) plus (?:valables?|valides?|en vigueur)|ne s'appliquen?t? plus|(?:ist|sind) (?:ungültig|aufgehoben|außer kraft|nichtig|hinfällig)|(?:gilt|gelten) (?:\S+ ){0,4}nicht mehr|nicht mehr gültig|non (?:è|sono) più valid|non (?:valgono|vale) più|(?:sono|è) (?:annullat|revocat)|są nieważne|jest nieważn|nie obowiązuj|(?:zostały|została|został) (?:anulowan|uchylon)|iptal edil|geçersiz|(?:sudah|telah) dibatalkan|tidak berlaku lagi|لم تعد صالحة|لم تعد سارية|ملغا|تم إلغاء|недействительн|отменен|больше не действу|已失效|已作废|无效|已被取消|已取消|不再有效|無効|取り消さ|もう有効では|무효|취소되었|더 이상 유효하지|अमान्य|रद्द (?:कर दिए|हो गए|कर दी)|अब लागू नहीं|không còn hiệu lực|đã bị hủy|(?:är|har) (?:ogiltig|upphävd)|gäller inte längre|inte längre gäll|ugyldig|ongeldig|(?:zijn|is) (?:vervallen|ingetrokken)|niet meer geldig|gelden niet meer|neplatí|neplatné|nu mai sunt valabile|anulat|érvénytelen|ei ole enää voimassa|mitätön|άκυρ|δεν ισχύ|אינן תקפות|בוטל)`

// reOffML: safety switched off, in those languages: the verb and the thing
// (either order), or the thing said to be off.
const (
	reOffVML = `(?:désactive|desactiva|deaktivier|disattiva|desativ|schakel\w* \w+ uit|wyłącz|отключи|выключи|вимкни|关闭|禁用|关掉|無効に|オフに|비활성화|꺼|عطّل|عطل|أوقف|devre dışı bırak|बंद कर|tắt|nonaktifkan|matikan|stäng av|poista käytöstä|απενεργοποίησε|השבת|vypni|dezactivează|kapcsold ki)`
	reSafeML = `(?:sécurité|seguridad|sicherheit|sicurezza|segurança|seguranca|veiligheid|bezpieczeństw|безопасност|安全|セーフティ|보안|안전|الأمان|السلامة|güvenlik|सुरक्षा|an toàn|keamanan|säkerhet|turvallisuus|ασφάλεια|בטיחות|bezpečnost|siguranț|biztonság|filtre|filtro|filter|filtr|фильтр|过滤|フィルター|필터|فلتر|फ़िल्टर|bộ lọc|politiques|políticas|richtlinien|politiche|politicas|beleid|zasady|политик|策略|ポリシー|정책|السياسات|politika|नीति|chính sách|kebijakan|policy|policies)`
	reOffAML = `(?:désactivée?s?|desactivad[oa]s?|deaktiviert|disattivat[oaie]|desativad[oa]s?|uitgeschakeld|wyłączon[aey]|отключен[аы]?|выключен[аы]?|已关闭|已禁用|被关闭|無効(?:化)?(?:され|に)|비활성화(?:되었|됨)|معطل|تم تعطيل|devre dışı|बंद (?:है|कर दी)|đã (?:bị )?tắt|dinonaktifkan|avstängd|pois käytöstä|απενεργοποιήθηκε|מושבת|vypnut[aáéý]|dezactivat|kikapcsolva)`
	// reNewML: a new instruction or notice from someone in charge.
	reNewML = `(?:nouvelles? (?:instructions?|consignes?|directives?)|nuevas? (?:instrucci[oó]n(?:es)?|órdenes|directivas?)|neue (?:anweisung(?:en)?|vorgaben?|befehle?)|nuov[ae] (?:istruzion[ei]|direttiv[ae])|novas? (?:instruç(?:ão|ões)|diretrizes?|ordens)|nieuwe (?:instructies?|opdracht)|now[ae] (?:instrukcj[ae]|polecenie)|нов(?:ая|ые) (?:инструкци[яи]|указани[ея])|新(?:的)?(?:指令|指示|规则)|新しい(?:指示|命令|ルール)|새로운 (?:지시|지침|명령)|تعليمات جديدة|yeni talimat|नया निर्देश|नए निर्देश|hướng dẫn mới|instruksi baru|nya instruktioner|uusi ohje|νέες? οδηγί|הוראה חדשה|nový pokyn|instrucțiuni noi|új utasítás|管理员通知|管理者(?:から)?の?通知|관리자 (?:공지|알림))`
	// reAddrML: a note in a document addressed to an AI (either order,
	// up to a colon).
	reNoteML = `(?:hinweis|anweisung|notiz|nachricht|nota|note|notitie|bericht|instrução|instrucao|instrucción|instruccion|instrukcja|wiadomość|примечание|указание|сообщение|инструкция|ملاحظة|تعليمات|رسالة|说明|注意|提示|指示|メモ|お知らせ|notu?|talimat|참고|지시|메모|नोट|निर्देश|संदेश|ghi chú|lưu ý|catatan|pesan|meddelande|huomautus|σημείωση|הערה|poznámka|notă|megjegyzés|aviso|avis|mensaje|messaggio|mensagem)`
	reAIML   = `(?:\bki\b|ki-|\bia\b|\bai\b|ai-|ии|ші|asistan|assistent|asistente|assistente|ассистент|асистент|助手|アシスタント|المساعد|مساعد|الذكاء الاصطناعي|yapay zeka|인공지능|어시스턴트|एआई|सहायक|trợ lý|asisten|avustaja|βοηθ|עוזר|asistent|asystent|modelo|modèle|modell)`
)

// reNegML: "don't forget / don't ignore the rules" in those languages,
// which turns the override rules off.
var reNegML = regexp.MustCompile(`n'oubli|ne pas oublier|n'ignore|vergiss (?:nicht|bitte nicht)|nicht vergessen|vergessen sie (?:bitte )?nicht|no olvid|no ignor|non dimentic|non ignor|não esque|nao esque|não ignor|vergeet (?:niet|het niet)|niet vergeten|nie zapomnij|nie ignoruj|не забудь|не забывай|не игнорируй|不要忘|别忘|不要忽略|忘れないで|忘れずに|무시하지 마|잊지 마|unutma|glöm inte|glem ikke|älä unohda|μην ξεχάσ|אל תשכח|nezapomeň|nu uita|ne felejtsd`)

const rePossML = `(?:\b(?:ton|ta|tes|votre|vos|tu|tus|su|sus|dein\w*|ihr\w*|il tuo|la tua|le tue|i tuoi|tuo|tua|o seu|a sua|seu|sua|seus|suas|teu|teus|tuas|je|jouw|uw|din|ditt|dina|sinun|anda|kamu|senin|sizin)\b|twój|twoje|twoja|swój|swoje|свой|свои|твой|твои|ваш|ваши|твій|你的|您的|あなたの|너의|당신의|الخاص بك|अपना|अपने|của bạn|σου|שלך|tvůj|tvoje|tău|a te|너에게 주어진|당신에게 주어진|あなたに与えられた|te (?:dieron|han dado)|qu'on t'a donnée?s?|que te mandaram|che ti hanno dato|dir gegeben)`

func unlessNeg(ru rule) rule {
	ru.unless = reNegML
	return ru
}

// ml marks the rules of other languages: they run only on texts with
// letters beyond ASCII or one of mlStems (scan).
func ml(rs []rule) []rule {
	for i := range rs {
		rs[i].ml = true
	}
	return rs
}

var multilingualRules = ml([]rule{
	unlessNeg(r(FamilyInstructionOverride, 1.0, reIgnoreML+`[^.!?。！？\n]{0,80}?`+reInstrML)),
	unlessNeg(r(FamilyInstructionOverride, 1.0, reInstrML+`[^.!?。！？\n]{0,30}?`+reIgnoreML)),
	r(FamilyInstructionOverride, 0.4, `(?:précédentes|anteriores|vorherigen|bisherigen|precedenti|anteriori|eerdere|poprzednie|предыдущие|之前的|以前の|이전의|السابقة|önceki|पिछले|pichle|trước đó|sebelumnya|tidigare|aiemmat|προηγούμενες|הקודמות|předchozí|anterioare|korábbi|nuevo objetivo|nouvel objectif|neue aufgabe|nuovo compito|novo objetivo|reemplaza|remplace|ersetzt|sostituisce|substitui)`),
	r(FamilySystemPrompt, 1.0, reShowML+`[^.!?。！？\n]{0,60}?`+rePossML+`[^.!?。！？\n]{0,15}?`+reSysML+`|`+reShowML+`[^.!?。！？\n]{0,60}?`+reSysML+`[^.!?。！？\n]{0,15}?`+rePossML+`|`+rePossML+`[^.!?。！？\n]{0,15}?`+reSysML+`[^.!?。！？\n]{0,30}?`+reShowML),
	r(FamilySystemPrompt, 0.6, reShowML+`[^.!?。！？\n]{0,60}?`+reSysML+`|`+reSysML+`[^.!?。！？\n]{0,30}?`+reShowML),
	r(FamilySystemPrompt, 0.3, reSysML),
	r(FamilySystemPrompt, 0.5, `(?:palabra por palabra|mot pour mot|mot à mot|wort für wort|parola per parola|palavra por palavra|woord voor woord|dosłownie|дословно|слово в слово|逐字|一字一句|原样|そのまま|그대로|حرفيا|kelimesi kelimesine|शब्दशः|từng chữ|kata demi kata|ordagrant|sanatarkasti|λέξη προς λέξη|מילה במילה|doslova|cuvânt cu cuvânt|szó szerint)`),
	r(FamilyRolePlay, 0.6, reNowML),
	r(FamilyRolePlay, 0.7, reFreeML),
	r(FamilyRefusalSuppression, 0.6, reNoWarnML),
	r(FamilyRefusalSuppression, 0.4, reHarmML),
	r(FamilyRolePlay, 0.8, reOffVML+`[^.!?。！？\n]{0,40}?`+reSafeML+`|`+reSafeML+`[^.!?。！？\n]{0,30}?`+reOffVML+`|`+reSafeML+`[^.!?。！？\n]{0,30}?`+reOffAML),
	r(FamilyInstructionOverride, 0.6, reNewML),
	// the setup declared void or no longer valid (reInvalidML): with a
	// possessive or the system named, an override; alone, half of one
	unlessNeg(r(FamilyInstructionOverride, 1.0, `(?:`+rePossML+`|sistem|system|システム|시스템|نظام|सिस्टम|hệ thống|systém)[^.!?。！？\n]{0,25}?(?:`+reInstrML+`|`+reConfML+`)[^.!?。！？\n]{0,40}?`+reInvalidML)),
	unlessNeg(r(FamilyInstructionOverride, 0.6, `(?:`+reInstrML+`|`+reConfML+`)[^.!?。！？\n]{0,40}?`+reInvalidML)),
	// "if you are an AI reading this", in a document
	{family: FamilyIndirect, weight: 1.0, context: true, re: regexp.MustCompile(`(?:si (?:eres|tú eres) una? |si (?:vous êtes|tu es) une? |wenn du eine? |se (?:sei|você é|voce e) una? |als je een |jeśli jesteś |если ты |如果你是|もしあなたが|만약 (?:당신|네)가 )` + reAIML)},
	{family: FamilyIndirect, weight: 1.0, context: true, re: regexp.MustCompile(reNoteML + `[^.!?。！？:：\n]{0,30}?` + reAIML + `[^.!?。！？:：\n]{0,20}?[:：]|` + reAIML + `[^.!?。！？:：\n]{0,12}?` + reNoteML + `[^.!?。！？:：\n]{0,10}?[:：]`)},
})

// mlCues gate the multilingual rules (hasCue): every literal piece of their
// patterns, looked for anywhere in texts with letters beyond ASCII; of
// the rules that need two words (a verb and its object), the words of one
// side only (reOffVML, not reSafeML; reAIML, not reNoteML).
var mlCues = func() (cues []string) {
	seen := map[string]bool{}
	var walk func(re *syntax.Regexp)
	walk = func(re *syntax.Regexp) {
		if re.Op == syntax.OpLiteral {
			if l := strings.TrimSpace(string(re.Rune)); len(l) >= 3 && !seen[l] {
				seen[l] = true
				cues = append(cues, l)
			}
		}
		for _, sub := range re.Sub {
			walk(sub)
		}
	}
	for _, expr := range []string{reIgnoreML, reInstrML, reSysML, reShowML1, reNowML, reFreeML, reNoWarnML, reHarmML, reOffVML, reOffAML, reNewML, reAIML, reInvalidML, reConfML} {
		re, err := syntax.Parse(expr, syntax.Perl)
		if err != nil {
			panic(err)
		}
		walk(re.Simplify())
	}
	return cues
}()

// mlStems: the words of those patterns written in ASCII and not English,
// for the texts with no letter beyond ASCII (word starts, as cueStems).
var mlStems = []string{
	"oublie", "ne tiens pas", "fais abstraction", "ignora ", "olvida", "haz caso", "descarta", "ignorier", "vergiss", "vergessen",
	"missachte", "dimentica", "trascura", "esque", "desconsider", "negeer", "vergeet", "zignoruj", "ignoruj", "zapomnij", "yok say",
	"bhool", "bhul", "abaikan", "lupakan", "ignorera", "ohita", "unohda", "hagyd", "felejtsd", "consignes", "instrucciones", "reglas",
	"indicaciones", "anweisung", "regeln", "vorgaben", "richtlinien", "istruzioni", "regole", "regras", "diretrizes", "instructies",
	"regels", "polecenia", "instrukcje", "zasady", "talimat", "kural", "instruksi", "aturan", "instruktion", "instruksjon", "regler",
	"pokyny", "instrukce", "pravidla", "regulile", "ohje", "systemprompt", "systeemprompt", "systemnachricht", "sistem istemi",
	"prompt del sistema", "prompt di sistema", "prompt do sistema", "prompt sistem", "prompt systemowy", "monit systemowy",
	"mensaje del sistema", "messaggio di sistema", "mensagem do sistema", "rendszerprompt", "affiche", "montre", "donne-moi",
	"muestra", "revela", "repite", "gib mir", "zeig", "wiederhole", "mostra", "rivela", "ripeti", "mostre", "revele", "repita",
	"laat zien", "pokaz", "podaj", "napisz", "tampilkan", "tunjukkan", "skriv ut", "kerro", "spune", "mutasd", "tu es maintenant",
	"eres", "ahora eres", "du bist", "ab jetzt", "von nun an", "da adesso", "ora sei", "d'ora in poi", "je bent nu", "vanaf nu",
	"bundan sonra", "sekarang kamu", "nyt olet", "modo desarrollador", "entwicklermodus", "modo desenvolvedor", "juegas", "spielst",
	"sans aucun", "sans limite", "sans restriction", "sans censure", "sans filtre", "sin filtro", "sin limite", "sin restricciones",
	"sin censura", "sin reglas", "ohne regeln", "ohne ethik", "ohne filter", "ohne zensur", "ohne grenzen", "der alles darf", "senza",
	"sem filtro", "sem restri", "sem limites", "sem censura", "sem regras", "zonder", "bez zasad", "bez cenzury", "botem bez",
	"tanpa batasan", "tanpa aturan", "utan regler", "ilman rajoituksia", "ya no tienes", "no tienes", "sans avertissement", "sans refus",
	"sin advertencia", "no me digas", "ohne warnungen", "senza avvertenze", "sem avisos", "comenzando con", "commence par",
	"beginne mit", "bombe", "bomba", "explosif", "explosivo", "sprengstoff", "metanfetamina", "arma casera", "waffe", "silah",
	"trucizn", "veleno", "pirater", "hackear", "passaporte", "pasaporte", "passeport", "falsificar", "fausse monnaie", "falschgeld",
	"clonar", "autoschloss", "knacke", "palabra por palabra", "mot pour mot", "mot à mot", "parola per parola", "palavra por palavra",
	"woord voor woord", "kelimesi", "kata demi kata", "ordagrant", "sanatarkasti", "doslova",
	// safety off, new instructions, notes to an AI, personas, refusals, secret instructions
	"lascia perdere", "passe outre", "fais fi", "keine regeln", "keine einschr", "keine grenzen", "keine filter",
	"geen regels", "geen beperking", "plus de r", "sin censura", "sans censure",
	"ohne zensur", "bez cenzury", "sansursuz", "desactiva", "deaktivier", "disattiva", "desativ", "nouvelle instruction", "nouvelles instructions", "nouvelle consigne", "nueva instruc", "nuevas instruc", "neue anweisung",
	"neue vorgabe", "nuova istruzion", "nuove istruzion", "nova instru", "novas instru", "nieuwe instructie", "nowa instrukcja",
	"yeni talimat", "fais comme si", "fais semblant", "imagine que tu", "joue le", "haz como si", "actua como", "stell dir vor", "spiel die rolle", "fai finta", "fingi di", "comportati come", "aja como", "doe alsof", "speel de rol",
	"udawaj", "gibi davran", "berpura", "berperan", "latsas", "lats som", "teeskentele", "predstirej", "tegy ugy",
	"ne dis jamais", "ne refuse", "no te niegues", "sag niemals", "sag nie", "verweigere", "lehne nie",
	"non rifiutare", "non dire mai", "nao recuse", "zeg nooit", "weiger", "nigdy nie", "nie odmawiaj", "asla reddetme",
	"reddetme", "vagra aldrig", "alla kieltaydy", "nu refuza", "commence ta", "commencez votre", "inizia con", "inizia la", "begin met", "begin je", "zacznij", "ile basla", "borja med", "aloita", "incepe", "kezdd", "tes instructions", "vos instructions", "tus instrucciones", "deine anweisungen",
	"ihre anweisungen", "le tue istruzioni", "suas instru", "je instructies", "twoje instrukcje", "dina instruktioner",
	"instruksimu", "ohjeesi", "geheime", "versteckte", "vertrauliche", "istruzioni riservate", "istruzioni segrete",
	"instrucciones secretas", "instrucciones ocultas", "instrucoes secretas", "gizli talimat", "instruksi rahasia",
	"hemliga", "salaiset", "tajne", "ukryte", "titkos", "pasa de tus", "pasa de las", "pasa de todas", "ninguna regla", "ningun limite",
	"nessuna regola", "nessun limite", "nenhuma regra", "nenhum limite", "aucune regle", "aucune restriction", "aucune limite",
	"finge que", "finge ser", "finja que", "finja ser", "tu so als", "tu so,", "nunca digas", "nunca diga", "nunca te niegues",
	"nunca rechaces", "nunca recuse", "jangan menolak", "jangan pernah", "comienza con", "comienza tu", "empieza con", "empieza tu",
	"beginne mit", "beginne deine", "comece com", "comece sua", "mulai dengan", "mulai jawaban", "ki-", "assistent", "asistente",
	"assistente", "asistan", "asisten", "asystent", "yapay zeka",
	// the setup declared void, more objects and verbs, in ASCII spellings
	"strunta", "dikkate alma", "richtlijnen", "kebijakan", "linee guida", "directivas", "wytyczn", "iptal edil",
	"gecersiz", "sudah dibatalkan", "telah dibatalkan", "ongeldig", "niet meer geldig", "gelden niet meer", "ugyldig",
	"ogiltig", "non hai piu", "geen regels", "od ted", "kata sandi", "membobol", "oltalama", "zasad", "ist ungultig",
	"sind ungultig", "sont annul", "foram cancel", "fueron cancel", "han sido cancel", "han sido anul", "ya no es valid",
	"ya no son valid", "si eres una ia", "si vous etes une ia", "si tu es une ia", "wenn du eine ki", "als je een ai",
	"jesli jestes ai", "laat je", "ab sofort bist",
}

// mlCuesNonLatin: the mlCues in scripts other than Latin (Greek on), for
// the texts that hold such letters (nonLatin); Latin-script words of other
// languages are in mlStems.
var mlCuesNonLatin = func() (out []string) {
	for _, c := range mlCues {
		if nonLatin(c) {
			out = append(out, c)
		}
	}
	return out
}()

// mlCuesLatinExt: the mlCues with accented Latin letters (é, ñ, ż, ơ, ...),
// for the texts that hold such letters and no other script (latinExt):
// Latin-script words of other languages written with their accents.
var mlCuesLatinExt = func() (out []string) {
	for _, c := range mlCues {
		if !nonLatin(c) && strings.IndexFunc(c, func(r rune) bool { return r >= 0xC0 }) >= 0 {
			out = append(out, c)
		}
	}
	return out
}()

// latinExt: s holds an accented Latin letter (Latin-1 to Latin Extended-B,
// Latin Extended Additional: Vietnamese).
func latinExt(s string) bool {
	for i := 0; i < len(s); i++ {
		if b := s[i]; b >= 0xC3 && b <= 0xC9 || b == 0xE1 && i+1 < len(s) && s[i+1] >= 0xB8 && s[i+1] <= 0xBB {
			return true
		}
	}
	return false
}

// mlNonLatinBuckets, mlLatinExtBuckets: those cues by their first two
// bytes; the accented Latin words are looked for at word starts (as
// cueStems), the other scripts' anywhere (no spaces between words in
// Chinese or Japanese).
var (
	mlNonLatinBuckets = buckets(mlCuesNonLatin)
	mlLatinExtBuckets = buckets(mlCuesLatinExt)
)

// mlGate: s holds a word of the multilingual rules in a script other than
// Latin, or with accented Latin letters.
func mlGate(s string) bool {
	return nonLatin(s) && hasCueAnywhere(s, mlNonLatinBuckets) || latinExt(s) && hasStemIn(s, mlLatinExtBuckets)
}

// hasCueAnywhere: some position of s starts a stem of buckets.
func hasCueAnywhere(s string, buckets *stemBuckets) bool { return findStem(s, buckets, false) }

// nonLatin: s holds a letter of Greek, Cyrillic, Hebrew, Arabic,
// Devanagari, CJK or Hangul (by UTF-8 lead byte).
func nonLatin(s string) bool {
	for i := 0; i < len(s); i++ {
		if b := s[i]; b >= 0xCE && b <= 0xDF || b == 0xE0 || b >= 0xE3 && b <= 0xED {
			return true
		}
	}
	return false
}

// hasLetterBeyondASCII: s holds a byte that starts a letter of Latin-1 and
// on (accents, Greek, Cyrillic, Hebrew, Arabic), Devanagari, CJK or Hangul,
// rather than only punctuation such as dashes and quotes (E2 lead bytes).
func hasLetterBeyondASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if b := s[i]; b >= 0xC3 && b <= 0xDF || b == 0xE0 || b >= 0xE3 && b <= 0xED {
			return true
		}
	}
	return false
}
