package safety

import (
	"encoding/base64"
	"encoding/hex"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Attack families. Each maps to the flag it raises (familyFlag).
const (
	FamilyInstructionOverride = "instruction_override"
	FamilySystemPrompt        = "system_prompt_extraction"
	FamilyRolePlay            = "role_play"
	FamilyRefusalSuppression  = "refusal_suppression"
	FamilyToolHijacking       = "tool_hijacking"
	FamilyIndirect            = "indirect"
	FamilyEncoding            = "encoding"
)

// Families lists every family, in report order.
var Families = []string{FamilyInstructionOverride, FamilySystemPrompt, FamilyRolePlay, FamilyRefusalSuppression, FamilyToolHijacking, FamilyIndirect, FamilyEncoding}

// flagIndex: 0 for prompt_injection's families, 1 for jailbreak's.
func flagIndex(f string) int {
	if familyFlag(f) == FlagJailbreak {
		return 1
	}
	return 0
}

func familyFlag(f string) string {
	switch f {
	case FamilyRolePlay, FamilyRefusalSuppression:
		return FlagJailbreak
	}
	return FlagPromptInjection
}

// rule is one heuristic: a pattern over the normalised (lower-case,
// one-space) text, worth weight toward the flag threshold of 1. Rules
// with context set only count in retrieved context (text addressed to
// the model from inside a document).
type rule struct {
	family    string
	weight    float64
	context   bool
	re        *regexp.Regexp
	anchors   []string       // prefilter (anchors.go); nil: always run
	anchorIDs []int          // the anchors in ruleLits
	need      cond           // what every match holds (anchors.go: condOf)
	unless    *regexp.Regexp // the rule does not count in a text this matches
	ml        bool           // a rule of another language (rules_more.go)
	// hiddenOnly: counts only when some decoded reading of the text
	// holds a cue (naming an encoding is no attack when what it encodes
	// is a webhook payload or a greeting).
	hiddenOnly bool
	// framable: a rule for text addressed to a model that a document
	// talking about models also matches ("bots should …", "text
	// addressed to AI systems"): discounted in framed text (isFramed);
	// the other such rules (a note to the AI, a vocative and colon,
	// chat markup) are not.
	framable bool
}

func hiddenOnly(ru rule) rule {
	ru.hiddenOnly = true
	return ru
}

func r(family string, weight float64, expr string) rule {
	return rule{family: family, weight: weight, re: regexp.MustCompile(expr)}
}

// ra is r with anchors given by hand, for patterns whose leading words are
// too short to filter by (TestAnchorsSound checks them on the data sets).
func ra(family string, weight float64, anchors []string, expr string) rule {
	ru := r(family, weight, expr)
	ru.anchors = anchors
	return ru
}

// ruleLits finds, in one pass over a view, every literal the rules'
// prefilters look for (anchors, conditions, meta and reported-speech
// anchors); metaIDs and reportedIDs are those two lists in it.
var (
	ruleLits             *litIndex
	metaIDs, reportedIDs []int
)

// noCond: the rules' conditions are not looked at (tests compare the
// verdicts with and without them).
var noCond = false

func init() {
	var b condBuilder
	ids := func(ss []string) []int {
		out := make([]int, len(ss))
		for i, s := range ss {
			out[i] = b.id(s)
		}
		return out
	}
	for i := range rules {
		if rules[i].anchors == nil {
			rules[i].anchors = anchorsOf(rules[i].re.String())
		}
		if rules[i].anchors != nil {
			rules[i].anchorIDs = ids(rules[i].anchors)
		}
		rules[i].need = b.condOf(rules[i].re.String())
		rules[i].need.compact()
	}
	metaIDs, reportedIDs = ids(metaAnchors), ids(reportedAnchors)
	ruleLits = newLitIndex(b.lits)
}

// Vocabulary shared by the rules.
const (
	reIgnore  = `(?:ignore|ignoring|disregard|forget|skip|override|bypass|discard|throw away|drop|cancel|scratch|abandon|set aside|stop following|pay no attention to|ignorez|ignora|ignoriere|vergiss|oublie)`
	reInstr   = `(?:instructions?|directions|directives?|rules|guidelines|prompts?|commands|constraints|polic(?:y|ies)|programming|guardrails|restrictions|system (?:prompt|message)|pre-?prompt|instrucciones|consignes|anweisungen|regeln|règles)`
	reBefore  = `(?:previous|prior|above|earlier|preceding|original|initial|old|all|any|every|your|these|those|the system|operator'?s?|developer'?s?|précédentes|anteriores|vorherigen|toutes les|todas las|alle)`
	reReveal  = `(?:repeat|print|show|reveal|output|tell me|paste|recite|echo|list|dump|display|quote|write out|share|disclose|spell out|translate|copy|give me|what (?:is|are|was|were|did)|summari[sz]e)`
	reRevealV = `(?:repeat|print|show|reveal|output|paste|recite|echo|dump|display|quote|write out|disclose|spell out|copy)`
	reSecretP = `(?:(?:your|the|this) (?:full |entire |complete |whole |exact |original |hidden |initial |raw )?system (?:prompt|message)|instructions (?:did )?you (?:receive|received|get|got|were given)|(?:initial|original|first|hidden|secret|confidential|developer|pre-?|configuration|starting) (?:instructions|prompt|message|rules|guidance)|pre-?prompt|prompt template|context window|instructions you (?:were|have been|got) (?:given|initiali[sz]ed with|configured with)|(?:rules|guidance|instructions) (?:the operator|your developers?|you were)|(?:text|everything|words|instructions|message) (?:above|at the top|before (?:this|my first))|prompt that came before|your (?:configuration|prompt))`
	reYours   = `your (?:instructions|rules|guidelines)`
	reNoRules = `(?:(?:no|without|free (?:from|of)|zero|disabled?|turned off|off|ignores?|ignoring|escaped (?:its|all|their)|breaks? free of|outside) (?:any |all |the |its |your |typical |of |every )?(?:ai |ethical |moral |safety |content )?(?:restrictions|rules|filters?|filtering|content (?:polic(?:y|ies)|guidelines|filter(?:ing)?)|guidelines|guardrails|limits|limitations|ethics|morals|morality|censorship|safety(?: guidelines| rules| filters| training)?|policies|norms)|unfiltered|uncensored|unrestricted|amoral|unbound|no filter|(?:never|doesn't|does not|won't|will not|cannot) (?:ever )?refuse|never refuses|(?:never|not) (?:been )?trained with (?:any )?(?:safety|ethic|rules|guidelines)|(?:safety training|guardrails|filters|restrictions|rules|safeguards) (?:was|were|are|is|have been|has been) (?:removed|disabled|turned off|lifted|deleted)|do anything now|strive to avoid norms|always intelligent machiavellian|with all filters off|with safety turned off|policies are disabled|filtering off|free from all rules)`
	rePersona = `(?:you are now|you're now|you are no longer|imagine you'?re|play the part of|you will (?:now )?(?:respond|act|be) as|from now on,? (?:you|act)|pretend (?:to be|you are|you're)|act as|acting as|roleplay|role-?play|play the role|stay in character|in character|simulate|imagine you are|alter ego|evil twin|you are (?:an? )?(?:ai|actor|assistant|character)|you're no longer|let's play a game|characters?\b|take on the (?:role|persona|character)|(?:assume|adopt) (?:the |a )?(?:persona|role|identity)|persona of|new character\s*:|(?:switch|change) (?:into|to) (?:your|the|a) ['"]?\w+['"]? (?:persona|self|version))`
	// reHarm: what harmful asks are about (weapons, drugs, intrusion,
	// fraud, other people's data, violence, disinformation).
	reHarm = `(?:bomb|explosive|thermite|napalm|weapon|gun|silencer|meth(?:amphetamine)?|cocaine|fentanyl|chloroform|synthesi[sz]e|malware|ransomware|keylogger|virus|trojan|botnet|ddos|flood(?:s)? a (?:web)?site|phishing|hotwire|immobili[sz]er|airbags?|breathalyz|launder|counterfeit|forged?|fake (?:id|invoice|doctor'?s note|review|passport|news)|credit card numbers|gift cards|ransom note|scam|hate speech|break into|steal|stalk|poison|kill|hurt|threaten\w*|backdoor|exploit|home address|private (?:notes|data|information|phone)|salaries|conspiracy|misinformation|disinformation|connection string|credentials)`
	reAI   = `(?:ai|assistant|chatbot|chat bot|language model|llm|ai agents?|agent|model|bot|gpt|chatgpt|claude|gemini|copilot|ai system)s?`
)

var baseRules = []rule{
	// Instruction override.
	r(FamilyInstructionOverride, 1.0, reIgnore+`\b[^.!?\n]*?\b`+reBefore+`\b[^.!?\n]*?\b`+reInstr+`\b`),
	r(FamilyInstructionOverride, 0.5, reIgnore+`\b[^.!?\n]*?\b`+reInstr+`\b`),
	r(FamilyInstructionOverride, 1.0, reIgnore+`\b[^.!?\n]*?\b`+reInstr+`\b[^.!?\n]*?\b(?:above|before|so far|you were given|you got|you received|you have been given)\b`),
	r(FamilyInstructionOverride, 1.0, reIgnore+`\b (?:everything|what|anything|all|whatever) (?:you were|you've been|you have been|you are|the developers?|your developers?|your creators?|the operator|they|openai|anthropic)\b[^.!?\n]*?\b(?:told|given|taught|instructed|said|programmed)\b`),
	r(FamilyInstructionOverride, 1.0, `\b(?:your|the|all|previous|prior|earlier|original|old|system|initial|these)\b[^.!?\n]*?\b`+reInstr+`\b[^.!?\n]*?\b(?:are|is|were|was|have been|has been) (?:now )?(?:void|cancell?ed|outdated|revoked|obsolete|expired|disabled|no longer (?:valid|apply|applies|in effect|count)|a test|a mistake|irrelevant|replaced|suspended|lifted)\b`),
	r(FamilyInstructionOverride, 1.0, `\b(?:your|the|all|previous|prior|earlier|original|old|system|initial|these) (?:\w+ )?`+reInstr+` (?:now )?(?:void|cancell?ed|revoked|obsolete|expired|disabled|suspended|lifted)\b`),
	r(FamilyInstructionOverride, 1.0, `\bthe only (?:instructions?|rules?|orders?) (?:that (?:matters?|counts?)|you (?:follow|obey)|to follow)\b|\b(?:obey|follow|listen to) only me\b|\bonly (?:obey|follow|listen to) me\b|\b`+reIgnore+` (?:everything|all|anything) (?:above|before|prior|earlier|so far)\b`),
	r(FamilyInstructionOverride, 1.0, `\b(?:previous|prior|above|earlier|old|system) (?:rules|instructions|guidelines)[^.!?\n]*?no longer apply`),
	r(FamilyInstructionOverride, 1.0, `\b(?:don't|do not|never) (?:follow|obey|pay attention to|listen to|comply with)\b[^.!?\n]*?\b(?:original|previous|initial|system|your|the prompt you|operator)\b[^.!?\n]*?\b(?:instructions|prompt|rules|guidelines|initiali[sz]ed)`),
	r(FamilyInstructionOverride, 1.0, `\bnew (?:instructions?|rules?|directives?|commands?)\b[^.!?\n]*?\b(?:overrides?|replaces?|supersedes?|that replace)\b(?: (?:your|all|any|every|everything|anything|previous|prior|earlier|old|those|these|the (?:system|original|previous|old|above|earlier))\b|\s*(?:[:.!]|$))`),
	r(FamilyInstructionOverride, 0.5, `\b(?:ignore|disregard|forget|skip|drop) (?:your|the|this) (?:task|question|request|query|assignment)\b`),
	r(FamilyInstructionOverride, 1.0, reIgnore+`\b[^.!?\n]*?\b`+reInstr+`\b[^.!?\n]*?\b(?:(?:set|given|written|provided|defined) by|from) (?:your|the) (?:operator|developers?|creators?|company|admin|administrator|owner|system)`),
	// "… the rules your operator gave you"
	r(FamilyInstructionOverride, 1.0, reIgnore+`\b[^.!?\n]*?\b`+reInstr+` (?:that |which )?(?:your|the) (?:operator|developers?|creators?|makers?|company|admin|administrator|owner|system|bosses)'?s? (?:gave|set|wrote|provided|defined|specified|loaded|configured|put in place|handed)\b`),
	r(FamilyInstructionOverride, 0.6, `\b(?:update|change|addition|amendment|correction|override) (?:to|of|for) your (?:instructions|rules|guidelines|prompt|task|directives)\b`),
	r(FamilyInstructionOverride, 0.9, `\beverything (?:before|above) (?:this|here)[^.!?\n]*?\b(?:mistake|void|irrelevant|ignore|forget)`),
	r(FamilyInstructionOverride, 0.6, `\b(?:your (?:only|new|real) (?:goal|task|instruction|objective)|(?:the )?real instruction is|next command:|new task:|your new task)`),
	r(FamilyInstructionOverride, 0.6, `\bsystem (?:update|notice|override|message|alert)\s*:`),
	ra(FamilyInstructionOverride, 0.6, []string{"end", "admin"}, `(?:<\s*end of (?:user )?input\s*>|--- ?end ?---|<\s*/?\s*admin\s*>|\bend of (?:prompt|instructions)\b)`),
	r(FamilyInstructionOverride, 0.8, `\b(?:skip|drop|suspend|lift|relax|waive) (?:your|all|the) (?:usual |normal |current )?(?:constraints|restrictions|rules|guidelines|limitations)`),
	r(FamilyInstructionOverride, 0.4, `\b(?:actually,? )?(?:scratch that|instead of (?:that|the task)|forget (?:it|that) all)\b`),

	// System prompt extraction.
	r(FamilySystemPrompt, 1.0, `\b`+reReveal+`\b[^.!?\n]*?\b`+reSecretP),
	r(FamilySystemPrompt, 1.0, `\b`+reRevealV+`\b[^.!?\n]*?\b`+reYours),
	r(FamilySystemPrompt, 0.5, `\b`+reReveal+`\b[^.!?\n]*?\b`+reYours),
	r(FamilySystemPrompt, 0.6, `\byour (?:full |entire |complete |whole |exact |original |raw )?(?:system prompt|system message|pre-?prompt|hidden instructions|initial instructions)\b`),
	// "the system prompt" alone is as often a mention (documents about
	// prompting) as a reference to this model's
	r(FamilySystemPrompt, 0.35, `\bthe (?:full |entire |complete |whole |exact |original |raw )?(?:system prompt|system message|pre-?prompt|hidden instructions|initial instructions)\b`),
	r(FamilySystemPrompt, 0.9, `\b(?:what (?:did|were|was) (?:the operator|your developers?|you) (?:tell|told|given|instructed))\b[^.!?\n]*?\b(?:not to|before|instructions|to do)`),
	r(FamilySystemPrompt, 0.9, `\b(?:starting with|beginning with|that starts? with) (?:the (?:phrase|words) )?['"“]?you are\b`),
	r(FamilySystemPrompt, 0.6, `\b(?:word for word|verbatim|in full|exactly|including everything|include everything|in a (?:txt )?code block)\b`),

	// Role play / persona jailbreaks.
	r(FamilyRolePlay, 0.6, rePersona),
	ra(FamilyRolePlay, 0.6, []string{"restrict", "rules", "filter", "polic", "guideline", "guardrail", "limit", "ethic", "moral", "censor", "safety", "norms", "unbound", "refus", "anything now", "machiavellian"}, reNoRules),
	r(FamilyRolePlay, 1.0, `\b(?:dan|stan|dude|aim|omega|evilbot|libre|machiavelli|unbound ai)\b[^.!?\n]*?\b(?:no|without|never|free|anything|breaks?|unfiltered|amoral)\b`),
	r(FamilyRolePlay, 1.0, `\b(?:enable|activate|enter|switch to|turn on|activated|enabled)\b[^.!?\n]*?\b(?:developer|god|dude|jailbreak|maintenance|dan|unrestricted|debug|evil) mode\b[^\n]*?\b(?:ignore|polic|no |without|filter|anything|rules|disabled|off)`),
	r(FamilyRolePlay, 1.0, `\bjailbreak(?:ed)? mode\b|\bmode activated\b`),
	r(FamilyRolePlay, 1.0, `\b(?:you are|you're|pretend to be|act as|play|be|roleplay as|role-play as) my (?:deceased|late|dead|departed)\b`),
	r(FamilyRolePlay, 0.7, `\b(?:deceased|late|dead|passed away)\b[^.!?\n]*?\b(?:grand(?:ma|mother|pa|father)|grandpa|grandma)\b[^\n]*?\b(?:used to|would always|would tell|bedtime)`),
	r(FamilyRolePlay, 0.8, `\b(?:bypass|disable|turn off|remove|get around|circumvent) (?:your|the|all|any) (?:safety |content )?(?:filters?|restrictions|guardrails|rules|safety|safeguards|moderation)\b`),
	r(FamilyRolePlay, 0.4, `\b(?:once as yourself|two (?:answers|responses)|respond twice|answer twice|normal one and one)\b`),

	// Refusal suppression and framing.
	r(FamilyRefusalSuppression, 1.0, `\b(?:you are not allowed to|you're not allowed to|you must not|you may not|you can't|you cannot) (?:ever )?(?:refuse|say (?:no|you can'?t|i can'?t|sorry)|decline)`),
	r(FamilyRefusalSuppression, 0.7, `\b(?:never|don't|do not|without) (?:ever )?(?:refuse|refusing|say (?:no|you can'?t|you cannot|i can'?t|i cannot|sorry)|say 'i can'?t'|decline)`),
	r(FamilyRefusalSuppression, 1.0, `\b(?:never|don't|do not) (?:ever )?say (?:that )?(?:you|i) (?:can'?t|cannot|won'?t|are unable to|am unable to) help\b|\brefusal is not an option\b|\bnot (?:permitted|allowed) to (?:decline|refuse)\b|\bdon'?t refuse\b`),
	r(FamilyRefusalSuppression, 0.5, `\b(?:without|no|with no) (?:any )?(?:refusals?|moraliz\w*|moralis\w*|judge?ments?|lectures?)\b`),
	r(FamilyRefusalSuppression, 0.3, `\b(?:disclaimers?|warnings?|caveats|refusals?) (?:or|and|,) (?:any )?(?:disclaimers?|warnings?|caveats|ethics|moraliz\w*|refusals?)\b`),
	r(FamilyRefusalSuppression, 0.3, `\bunder (?:any|no) circumstances\b|\bwhatever (?:it takes|the rules say)\b`),
	r(FamilyRefusalSuppression, 0.3, `\b(?:in (?:full|precise|exact|complete) (?:technical )?detail|with full (?:technical )?detail|step[- ]by[- ]step|in detail)\b`),
	r(FamilyRefusalSuppression, 0.5, `\b(?:ethics|morals|rules|laws) (?:don'?t|do not|doesn'?t) apply\b|\bno rules apply\b|\b(?:already|has been|have been|was) approved\b`),
	r(FamilyRefusalSuppression, 0.3, `\b(?:never|don't|do not|without) (?:ever )?apologi[sz](?:e|ing)`),
	r(FamilyRefusalSuppression, 1.0, `\b(?:start|begin) (?:your|the) (?:answer|reply|response) with ['"“]?(?:sure|absolutely|certainly|of course|yes)`),
	r(FamilyRefusalSuppression, 0.6, `\b(?:without|no|skip(?: the)?|with no|leave out(?: the)?) (?:any )?(?:warnings?|moral(?:i[sz]ing)? lectures?|moral lecture|ethics|safety warnings?|safety notes?)`),
	r(FamilyRefusalSuppression, 0.4, `\b(?:without|no|skip(?: the)?|with no) (?:any )?(?:disclaimers?|caveats)`),
	r(FamilyRefusalSuppression, 0.4, `\b(?:hypothetically|theoretically|in a fictional world|for a novel|purely fictional|fictional|for research purposes|purely educational|educational|for homework|it's legal|legal in my country)\b`),
	r(FamilyRefusalSuppression, 0.8, `\b(?:rules|filters|laws|policies) (?:don't|do not) apply|\bnothing is illegal\b|\bif you had no (?:safety )?(?:rules|filters|restrictions)|\bignores? your content policy`),
	ra(FamilyRefusalSuppression, 0.5, []string{"permission", "authori", "allowed", "permitted", "licensed"}, `\b(?:i have|i've got|with) (?:permission|authori[sz]ation)\b|\byou are authori[sz]ed\b|\bi am an? (?:certified|authori[sz]ed|licensed)\b|\bi'm an? (?:certified|authori[sz]ed|licensed)|\b(?:i'?m|i am) authori[sz]ed\b|\b(?:ai|ai models?|models?|assistants?|chatbots?|you) (?:are|is) (?:allowed|permitted) to\b|\byou'?re (?:allowed|permitted) to\b`),
	r(FamilyRefusalSuppression, 0.5, `\b(?:so|therefore|which means|that means) you (?:must|have to|are required to|need to)\b`),
	r(FamilyRefusalSuppression, 0.7, `\b(?:must|have to|will) answer every (?:question|request)|refusing would cause harm|\b(?:just|so|now) do it\b`),
	r(FamilyRefusalSuppression, 1.0, `\bno matter how (?:unethical|illegal|harmful|dangerous|immoral)`),
	r(FamilyRefusalSuppression, 0.4, `\b`+reHarm+`\b`),

	// Tool hijacking.
	ra(FamilyToolHijacking, 0.3, []string{"tool", "function", "api", "plugin", "integration", "interpreter", "_"}, `\b(?:use|call|invoke|run|execute|trigger|through|with|using)\b[^.!?\n]*?\b(?:tools?|functions?|api|plugin|integration|interpreter)\b|\b[a-z]+_[a-z_]+\([^)]*\)|\b(?:send_email|transfer_funds|delete_all|create_user|get_secrets|run_shell|http_post)\b`),
	r(FamilyToolHijacking, 0.9, `\b(?:send|post|upload|forward|exfiltrate|leak|email|submit|paste)\b[^.!?\n]*?\b(?:conversation|chat history|messages|customer (?:list|records)|records|session cookie|cookies?|credentials|passwords?|api keys?|secrets?|address|emails|tokens?|invoices|contacts|files|documents|data|results?|output|list)\b[^.!?\n]*?\b(?:to|into|at|in)\b\s*(?:https?://|\S+@|#|[a-z0-9-]+\.(?:[a-z]{2,})\b)`),
	r(FamilyToolHijacking, 0.5, `\b(?:use|call|invoke|run|trigger)\s+(?:the )?[a-z]+_[a-z_]+\b`),
	r(FamilyToolHijacking, 0.6, `\b\w+\([^)]*(?:=\s*)?['"]\*['"]`),
	r(FamilyToolHijacking, 0.6, `\b(?:send|forward|email|post|upload|share)\b[^.!?\n]*?\b(?:to|into) (?:my|this|the following|an external|another) (?:email|e-mail|address|inbox|server|endpoint|url|webhook|phone|account)\b`),
	r(FamilyToolHijacking, 0.6, `\b(?:with|using) (?:the )?(?:admin|administrator|root|someone else|another user|the owner)'?s? (?:credentials|password|account|token|session)\b`),
	r(FamilyToolHijacking, 0.5, `\b(?:replac\w*|fill\w*|substitut\w*|append\w*)\b[^.!?\n]*?\b(?:conversation|chat|history|summary|messages)\b`),
	r(FamilyToolHijacking, 0.9, `!\[[^\]]*\]\(\s*https?://[^)\s]*\?[^)\s]*=`),
	r(FamilyToolHijacking, 1.0, `\brm -rf /|\bdrop table\b|\bos\.system\(|\bnc \S+ \d+ -e\b|\bcurl\s+\S*https?://\S+[^|\n]*?\|\s*(?:sh|bash)\b|/etc/(?:passwd|shadow)\b|\breverse shell\b`),
	r(FamilyToolHijacking, 0.7, `\bwipe all\b|\bdelete (?:every|all)\b|\bdownload and (?:run|execute)\b|\brm -rf\b`),
	r(FamilyToolHijacking, 0.8, `\bdelete from \w+|\btruncate table\b|\bupdate \w+ set\b|\brmtree\(|\bos\.remove\(|\bsubprocess\.|\bwget [^|\n]*\|\s*(?:sh|bash)\b|~/\.ssh|\bid_rsa\b|\.aws/credentials|\bexecute whatever it says\b`),
	r(FamilyToolHijacking, 0.8, `\b(?:append|add|attach|include|put)\b[^.!?\n]*?\b(?:api key|token|password|session|cookie|credentials|conversation|chat history)\b[^.!?\n]*?\bhttps?://|https?://\S*\?\S*=\S*[^.!?\n]*?\b(?:append|add|replac\w*|fill\w*)\b`),
	r(FamilyToolHijacking, 0.5, `\b(?:transfer|wire|pay|send)\w*[^.!?\n]*?\b(?:iban|account (?:no|number)?\s*[a-z]{0,2}\d{6,}|\d[\d,.]* ?(?:eur|usd|gbp|dollars|euros)\b)`),
	r(FamilyToolHijacking, 0.5, `\b(?:change|delete|wipe|update|cancel|refund|transfer|modify|reset|close|disable|forward|export|send|set)\w*[^.!?\n]*?\b(?:all|every|each) (?:open |active |existing |saved |the )?(?:customer'?s? |employee'?s? |user'?s? )?(?:orders?|accounts?|users?|records?|meetings?|customers?|files?|invoices?|passwords?|employees?|contacts?|tickets?|phone numbers?|status)\b`),
	ra(FamilyToolHijacking, 0.5, []string{"verif", "confirm", "check", "approved", "agreed", "authori", "don't tell", "said it", "asking"}, `\b(?:no need to|without|don't|do not) (?:verify|verifying|confirm|ask for confirmation|asking|checks?|checking)\b|\bno confirmation needed\b|\b(?:the )?(?:admin|owner|administrator|user|cfo|ceo|manager|boss|security team|it team) (?:approved|agreed|authori[sz]ed|said it'?s (?:fine|ok))\b|\bdon't tell (?:the user|anyone)\b`),
	r(FamilyToolHijacking, 0.5, `\b(?:grant|add)\b[^.!?\n]*?\b(?:admin|owner|administrator|root) (?:access|permissions|account|rights)\b`),

	// Encoding tricks (the decoded text is scanned too; this is the ask).
	r(FamilyEncoding, 1.0, `\b(?:decode|decipher|un-?reverse|interpret|apply rot-?13|read (?:this|it)? ?backwards|reverse this|translate this hex)\b[^\n]*?\b(?:follow|obey|execute|comply|do what it says|act on|carry (?:it )?out|do it|and do)\b`),
	hiddenOnly(r(FamilyEncoding, 0.6, `\b(?:each word is reversed|rot-?13:|hex:|base64:)`)),

	// Indirect injection: text inside a document that addresses the model.
	{family: FamilyIndirect, weight: 1.0, context: true, framable: true, re: regexp.MustCompile(`\b(?:note|instructions?|message|text|update|directive|new task)\b[^.!?\n]*?\b(?:to|for) (?:any |the |all )?` + reAI + `\b`)},
	{family: FamilyIndirect, weight: 1.0, context: true, framable: true, re: regexp.MustCompile(`\b(?:dear |attention,? |hey |hello )?` + reAI + `\b[^.!?\n]*?[:,]?\s*(?:ignore|stop|disregard|forget|you must|must now|must|do not|don't|your new|new (?:task|directive|goal|instructions?)|the previous|when you read|when (?:you )?summari[sz](?:e|ing)|should)\b`)},
	{family: FamilyIndirect, weight: 1.0, context: true, re: regexp.MustCompile(`\b(?:if you are|if an? (?:ai|llm|model|assistant)|when you read this|when (?:you )?summari[sz](?:e|ing) this|while processing this|when processing this)\b[^.!?\n]*?\b(?:ai|llm|model|assistant|also|ignore|must|should)\b`)},
	{family: FamilyIndirect, weight: 1.0, context: true, re: regexp.MustCompile(`\(?\bto the (?:ai|assistant|model|llm|chatbot)\s*:|#{2,}\s*(?:system|new instructions?)\b|<\s*instructions? for (?:the )?(?:assistant|ai|model)|\bbegin system prompt\b|\bsystem prompt update\b|\bhidden note to (?:language )?models?\b`)},
	{family: FamilyIndirect, weight: 0.5, context: true, re: regexp.MustCompile(`\bkeep this (?:secret|hidden|between us)\b|\bhide this (?:note|message|instruction)\b`)},
	{family: FamilyIndirect, weight: 0.8, anchors: []string{"system", "instruction", "<!--"}, re: regexp.MustCompile(`\[\[?\s*system(?: override)?\s*\]\]?|#{2,} ?instruction|^system:|\bsystem: the\b|<!--[^>]*?\b(?:ignore|assistant|ai|instruction)`)},
	{family: FamilyIndirect, weight: 1.0, re: regexp.MustCompile(`<\|im_start\|>\s*system|<\|system\|>|\[inst\]|<<sys>>|<\|start_header_id\|>system`)},
	{family: FamilyIndirect, weight: 0.5, context: true, re: regexp.MustCompile(`\b(?:disregard|ignore|forget|skip) (?:the|your) (?:user'?s? )?(?:question|request|task|query|summary)\b`)},
	{family: FamilyIndirect, weight: 1.0, context: true, re: regexp.MustCompile(`\b(?:update|change|addition|amendment|correction|override) (?:to|of|for) your (?:instructions|rules|guidelines|prompt|task|directives)\b`)},
	{family: FamilyIndirect, weight: 0.6, context: true, framable: true, re: regexp.MustCompile(`\b(?:do not|don't|never) (?:tell|mention|inform|reveal (?:this|it) to) (?:the user|this|anyone)|\bthe user (?:cannot|can't|can not) see this\b|\bhidden instruction|\b(?:site|page) owner\b|\bthe user has authori[sz]ed you\b`)},
}

// cueStems gate the rules and the encoder: a text none of whose views holds
// one of these at the start of a word is not scanned further, so ordinary
// traffic costs one pass over the text. Every rule needs one of them; the
// stems common in ordinary questions ("api", "send", "model") are left out
// where a rule has a rarer word to go by.
var cueStems = []string{
	// what attacks act on: instructions, rules, prompts, filters
	"ignor", "disregard", "forget", "overrid", "bypass", "instruc", "directive", "prompt", "pre-prompt", "rules", "guideline",
	"constraint", "restrict", "guardrail", "polic", "filter", "censor", "ethic", "moral", "norms", "safety", "safeguard",
	"moderation", "limitation", "configur", "programming", "anweisung", "regeln", "instruccion", "ignorez", "ignora",
	"vergiss", "oublie", "consigne",
	// personas and modes
	"pretend", "roleplay", "role-play", "role play", "persona", "in character", "stay in", "act as", "you are now",
	"you're now", "you're no longer", "you are no longer", "alter ego", "evil", "jailbreak", "unrestrict",
	"unfilter", "uncensor", "amoral", "unbound", "dan", "stan", "dude", "aim", "omega", "libre", "machiavelli",
	"developer mode", "god mode", "maintenance mode", "debug mode", "deceased", "grandm", "grandp", "imagine you",
	"simulate", "let's play", "from now on", "do anything", "mode activated",
	// refusals and framings
	"refus", "apolog", "disclaim", "warning", "caveat", "lecture", "hypothetic", "theoretic", "fiction", "novel",
	"educational", "research purpose", "homework", "legal", "authori", "permission", "allowed to", "no matter",
	"do it", "sure,", "'sure", "\"sure", "absolutely!", "certainly", "bomb", "explosive", "malware", "ransomware",
	"keylogger", "virus", "phishing", "hotwire", "launder", "hate speech", "break into", "steal", "napalm",
	"weapon", "poison", "methamphetamine", "meth ", "fake invoice", "ransom", "backdoor", "exploit",
	// extraction
	"system prompt", "system message", "reveal", "verbatim", "word for word", "hidden", "secret", "confidential",
	"initial", "original", "context window", "template", "you were told", "you were given", "operator", "developer",
	"recite", "starting with", "beginning with", "above this", "text above", "words above", "everything above",
	"everything before", "dump", "disclose", "spell out", "pre-prompt",
	// tools and exfiltration
	"tool", "function", "plugin", "integration", "interpreter", "execut", "invoke", "shell", "command",
	"rm -rf", "drop table", "curl", "os.system", "/etc/", "credential", "cookie", "conversation", "forward", "delete_", "send_",
	"transfer_", "get_", "create_", "update_", "issue_", "wire_",
	"chat history", "customer list", "customer record", "records", "exfil", "upload", "wipe", "every record",
	"all orders", "all open", "all user", "all accounts", "every user", "every meeting", "admin", "confirm", "verif",
	"http",
	// encodings
	"decode", "decipher", "base64", "rot13", "rot-13", "rot 13", "revers", "backward", "hex", "interpret",
	// indirect: text addressed to the model
	"ai", "ais", "llm", "assistant", "chatbot", "language model", "gpt", "model", "agent", "bot", "note to",
	"if you are", "when you read", "while processing", "when summari", "site owner", "page owner",
	"do not tell", "don't tell", "do not mention", "the user cannot", "the user can't",
	// override wording
	"previous", "prior", "earlier", "obsolete", "outdated", "revoked", "void", "no longer", "new rule",
	"new task", "new goal", "real instruction", "next command", "your only", "end of", "--- end", "---end",
	"scratch that", "discard", "throw away", "abandon", "set aside", "cancel all", "your task", "your question",
	"update to", "change to your", "so you must", "therefore you", "must answer", "two answers", "respond twice",
	"refusal", "moraliz", "moralis", "approved", "never say", "cannot help", "can't help", "pay no attention", "only me",
	"circumstances", "system update", "system notice", "unredacted", "licensed", "authoriz", "delete from", "truncate", "rmtree", "subprocess",
	"wget", "~/.ssh", "id_rsa", "append", "iban", "wire", "chatgpt", "claude", "gemini", "copilot", "to the ai", "keep this",
	"begin system", "system prompt update", "hidden note", "instructions for", "opposite mode", "sudo",
	"answer twice", "once as", "start your", "begin your",
}

// cueBuckets indexes the stems by their first two bytes (stems of one
// byte by that byte), so a word start costs one map lookup.
var cueBuckets = buckets(slices.Concat(cueStems, mlStems, moreStems, ideaStems))

// mlBuckets: mlStems alone (the multilingual rules' gate).
var mlBuckets = buckets(mlStems)

// stemBuckets: the stems by their first two bytes, and a bit per two
// bytes that start some stem, so most word starts cost no map lookup.
type stemBuckets struct {
	m   map[uint32][]string // by the first two bytes (a stem of one byte is never looked up)
	has [1 << 16 / 64]uint64
}

func buckets(stems []string) *stemBuckets {
	b := &stemBuckets{m: map[uint32][]string{}}
	for _, c := range stems {
		if len(c) < 2 {
			continue
		}
		x := uint16(c[0])<<8 | uint16(c[1])
		b.m[uint32(x)] = append(b.m[uint32(x)], c)
		b.has[x>>6] |= 1 << (x & 63)
	}
	return b
}

// hasCue: some word of s (lower-cased, normalised) starts with a cue stem,
// or s holds markup that smuggles roles or actions.
func hasCue(s string) bool {
	if hasStemIn(s, cueBuckets) {
		return true
	}
	if mlGate(s) {
		return true
	}
	return strings.ContainsAny(s, "<#[!/") && (strings.Contains(s, "/etc/") || strings.Contains(s, "##") || strings.Contains(s, "![") || strings.Contains(s, "<|") || strings.Contains(s, "##") ||
		strings.Contains(s, "<!--") || strings.Contains(s, "[inst") || strings.Contains(s, "<<sys") || strings.Contains(s, "<end") || strings.Contains(s, "</"))
}

// hasStemIn: some word of s starts with a stem of buckets (by first two
// bytes).
func hasStemIn(s string, buckets *stemBuckets) bool { return findStem(s, buckets, true) }

// findStem: a stem of buckets starts at some position of s (at a word
// start only, with wordStart).
func findStem(s string, buckets *stemBuckets, wordStart bool) bool {
	for i := 0; i+1 < len(s); i++ {
		if wordStart && (i > 0 && isWordByte(s[i-1]) || !isWordByte(s[i])) {
			continue
		}
		x := uint16(s[i])<<8 | uint16(s[i+1])
		if buckets.has[x>>6]&(1<<(x&63)) == 0 {
			continue
		}
		for _, c := range buckets.m[uint32(x)] {
			if strings.HasPrefix(s[i:], c) {
				return true
			}
		}
	}
	return false
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '_' || b >= 0x80
}

// view is one reading of a text: as sent, or decoded from a trick.
type view struct {
	text    string
	decoded bool // came out of an encoding (base64, hex, rot13, leet, reversal, hidden characters)
	joined  bool // the quoted pieces of a text that asks to join them: its quotes are no quotations
	typo    bool // transposed letters read as the word: no hiding, so no encoding trick
}

// hit is the heuristic verdict on one text.
type hit struct {
	score    map[string]float64 // per family, capped sums
	cue      bool               // some view holds a cue stem
	hidden   bool               // invisible (tag) characters carried text
	sentence []string           // the sentences holding cues (what the encoder sees)
	norm     string             // the normalised text (what the model and its gate read)
	views    []view             // every reading scanned (with a cue only: the model's n-grams read them)
	// talk sums the discounted evidence of the plain reading (matches in
	// quotes or in text about attacks): one of the model's discourse
	// inputs (ruleFeatures works out the others, only for the model).
	talk float64
	// direct sums the evidence that was not discounted (in any view).
	direct float64
}

// flagScore sums, per flag, its families' scores (each capped at 1): a
// persona plus a no-refusal demand is a jailbreak even when neither alone
// reaches the threshold.
func (h *hit) flagScore(flag string) float64 {
	t := 0.0
	for _, f := range Families {
		if familyFlag(f) == flag {
			t += min(1, h.score[f])
		}
	}
	return t
}

func (h *hit) total() (string, float64) {
	best, bs := "", 0.0
	for _, f := range Families {
		if s := h.score[f]; s > bs {
			best, bs = f, s
		}
	}
	return best, bs
}

// normalize lower-cases, folds look-alike punctuation, replaces invisible
// characters by spaces and collapses white space. Unicode tag characters
// (U+E0020–E007E, invisible ASCII) are decoded into a separate string.
func normalize(s string) (norm, tags string) {
	var b, t strings.Builder
	b.Grow(len(s))
	space := true
	for _, c := range s {
		switch {
		case c >= 0xE0020 && c <= 0xE007E:
			t.WriteRune(c - 0xE0000)
			continue
		case c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u2060' || c == '\ufeff' || c == '\u00ad':
			c = ' '
		case c == '’' || c == '‘':
			c = '\''
		case c == '“' || c == '”':
			c = '"'
		case c >= 0xE0000 && c <= 0xE007F:
			continue
		case c >= 0xFF01 && c <= 0xFF5E:
			c -= 0xFEE0 // fullwidth ASCII
		case c == '\u3000':
			c = ' '
		}
		if unicode.IsSpace(c) {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(unicode.ToLower(c))
	}
	return strings.TrimSpace(b.String()), strings.ToLower(t.String())
}

var leet = strings.NewReplacer("4", "a", "3", "e", "1", "i", "0", "o", "5", "s", "7", "t", "@", "a", "$", "s")

// bangI reads "!" between letters as "i" ("d!sregard").
func bangI(s string) string {
	if !strings.Contains(s, "!") {
		return s
	}
	b := []byte(s)
	for i := 1; i+1 < len(b); i++ {
		if b[i] == '!' && b[i+1] != ' ' && b[i-1] != ' ' {
			b[i] = 'i'
		}
	}
	return string(b)
}

// b64Alphabet marks the bytes of base64 (and so of hex).
var b64Alphabet = func() (t [256]bool) {
	for _, c := range "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/" {
		t[c] = true
	}
	return t
}()

// b64Runs returns up to max runs of base64 letters at least 16 long, with
// their "=" padding.
func b64Runs(s string, max int) []string {
	var out []string
	for i := 0; i < len(s) && len(out) < max; {
		if !b64Alphabet[s[i]] {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && b64Alphabet[s[j]] {
			j++
		}
		k := j
		for k < len(s) && k-j < 2 && s[k] == '=' {
			k++
		}
		if j-i >= 16 {
			out = append(out, s[i:k])
		}
		i = k
	}
	return out
}

func allHex(s string) bool {
	for i := 0; i < len(s); i++ {
		if b := s[i]; !(b >= '0' && b <= '9' || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F') {
			return false
		}
	}
	return true
}

// leetish: a digit between letters, as in "1gn0re" (not "@": e-mail
// addresses have one).
func leetish(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' && s[i-1] >= 'a' && s[i-1] <= 'z' && s[i+1] >= 'a' && s[i+1] <= 'z' {
			return true
		}
	}
	return false
}

// views returns the readings of raw worth scanning: the normalised text
// and whatever it hides (base64 and hex runs that decode to text, ROT13
// when asked for, leetspeak, letters spaced out, reversals, tag
// characters). maxViews bounds the work on adversarial input.
func views(raw, norm, tags string) ([]view, bool) {
	vs := []view{{text: norm}}
	hidden := false
	if len(tags) >= 4 {
		vs = append(vs, view{text: tags, decoded: true})
		hidden = true
	}
	// Hex digits are base64 letters too: one pass finds both kinds of run.
	for _, m := range b64Runs(raw, 4) {
		if dec, ok := decodeB64(m); ok {
			n, _ := normalize(dec)
			vs = append(vs, view{text: n, decoded: true})
		}
		if h := strings.TrimRight(m, "="); len(h) >= 20 && allHex(h) {
			if dec, err := hex.DecodeString(h[:len(h)&^1]); err == nil && printable(string(dec)) {
				n, _ := normalize(string(dec))
				vs = append(vs, view{text: n, decoded: true})
			}
		}
	}
	if strings.Contains(norm, "rot13") || strings.Contains(norm, "rot-13") || strings.Contains(norm, "rot 13") || strings.Contains(norm, "caesar") {
		vs = append(vs, view{text: rot13(norm), decoded: true})
	}
	if leetish(norm) {
		vs = append(vs, view{text: leet.Replace(bangI(norm)), decoded: true})
	}
	if spaced(norm) {
		n, _ := normalize(despace(raw))
		vs = append(vs, view{text: n, decoded: true})
	}
	if strings.Contains(norm, "revers") || strings.Contains(norm, "backward") {
		vs = append(vs, view{text: reverse(norm), decoded: true}, view{text: reverseWords(norm), decoded: true})
	}
	if zeroWidth(raw) >= 3 {
		// invisible characters inside words: read them as not there
		n, _ := normalize(strings.NewReplacer("\u200b", "", "\u200c", "", "\u200d", "", "\u2060", "", "\ufeff", "").Replace(raw))
		vs = append(vs, view{text: n, decoded: true})
	}
	vs = append(vs, moreViews(raw, norm)...)
	return vs, hidden
}

func decodeB64(s string) (string, bool) {
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding} {
		if dec, err := enc.DecodeString(strings.TrimRight(s, "=")); err == nil || enc == base64.StdEncoding {
			if err != nil {
				if dec, err = base64.StdEncoding.DecodeString(s); err != nil {
					continue
				}
			}
			if len(dec) >= 8 && printable(string(dec)) {
				return string(dec), true
			}
		}
	}
	return "", false
}

// printable: valid UTF-8, mostly letters and spaces (decoded noise is not).
func printable(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	letters, n := 0, 0
	for _, c := range s {
		n++
		if unicode.IsLetter(c) || c == ' ' {
			letters++
		} else if c < 0x20 && c != '\n' && c != '\t' {
			return false
		}
	}
	return n > 0 && letters*10 >= n*8
}

func rot13(s string) string {
	return strings.Map(func(c rune) rune {
		switch {
		case c >= 'a' && c <= 'z':
			return 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			return 'A' + (c-'A'+13)%26
		}
		return c
	}, s)
}

// spaced: most tokens are single letters ("i g n o r e").
func spaced(s string) bool {
	words, one, n := 0, 0, 0 // n: runes in the current word
	for _, c := range s {
		if c == ' ' {
			if n > 0 {
				words++
				if n == 1 {
					one++
				}
			}
			n = 0
			continue
		}
		n++
	}
	if n > 0 {
		words++
		if n == 1 {
			one++
		}
	}
	return words >= 12 && one*10 >= words*7
}

var reGap = regexp.MustCompile(`\s{2,}`)

// despace reads "i g n o r e   y o u r" as "ignore your": single spaces
// split letters, longer runs split words.
func despace(s string) string {
	parts := reGap.Split(s, -1)
	for i, p := range parts {
		parts[i] = strings.ReplaceAll(p, " ", "")
	}
	return strings.Join(parts, " ")
}

func reverse(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func reverseWords(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		f[i] = reverse(w)
	}
	return strings.Join(f, " ")
}

// Meta talk: text about attacks (training, detection, definitions) rather
// than an attack. Halves the rules' weights, so the encoder decides.
// Reported speech: someone else's instruction to the user, told to the model.
var reReported = regexp.MustCompile(`\b(?:said|told (?:me|us)|asked (?:me|us)|wants (?:me|us)|instructed (?:me|us)) to (?:ignore|disregard|forget|skip|drop)\b|\b(?:telling|told|asking|asked|trick(?:ing|ed|s)?|convinc\w*|persuad\w*|manipulat\w*|coax\w*|instructing|instructed|getting) (?:it|them|the (?:[\w-]+ )?(?:bot|model|assistant|chatbot|ai|llm|agent|system|summari[sz]er|copilot)s?) (?:in)?to\b|\b(?:(?:users?|attackers?|someone|people|trolls|adversaries) (?:who )?(?:are |were )?(?:trying|tries|tried|attempt\w*)|attempts|attempting) to (?:trick|bypass|jailbreak|get|make|manipulate|convince|extract)\b`)

var (
	metaAnchors     = []string{"inject", "jailbreak", "attack", "security", "phishing", "social engineering", "dan prompt", "tool abuse", "red team"}
	reportedAnchors = []string{"said", "told", "asked", "wants", "instructed", "telling", "asking", "trick", "convinc", "persuad", "manipulat", "coax", "instructing", "getting", "trying", "tries", "tried", "attempt"}
)

var reMeta = regexp.MustCompile(`\b(?:what (?:is|are|does)|what's|how (?:do|does|would|can|to)|why do|explain|describe|summari[sz]e|defin(?:e|ition)|detect(?:ing|ion)?|defen[cs]es?|defen[cs]ive|defend|prevent|mitigat\w*|protect|examples? of|red[- ]team\w*|training|slides?|pentest|policy paragraph|incident report|unit test|translate)\b[^\n]*?\b(?:prompt injections?|injections?|jailbreak\w*|attacks?|attackers?|security|phishing|social engineering|dan prompt|tool abuse|red team\w*)\b`)

// reDocFrame: the wording of documents that state or discuss policy
// (versions, effective dates, staff) rather than speak to a model.
var reDocFrame = regexp.MustCompile(`\bv\d+(?:\.\d+)+\b|\b(?:effective|as of) (?:\d{1,2} )?(?:january|february|march|april|may|june|july|august|september|october|november|december|\d)|\b\d{4}-\d{2}-\d{2}\b|\b(?:handbook|procedures?|revision|changelog|release notes|bulletin|memo|glossary|encyclop\w+|faq|minutes|audit|staff|employees|contractors|department|team copies|published|withdrawn|supersed\w+ by|this (?:version|document|policy|guide)|labell?(?:ed|ing)|categor(?:y|ies|i[sz]e\w*)|thesis|taxonomy|moderators?|guideline \d[\d.]*|articles? about|entry|post-mortem|root cause|best practices?|checklist|case study|abstract|survey)\b`)

// isFramed: the text, outside its quotations, frames what it says as
// talk about attacks or as policy (at least two such words) and does not
// address the model (no "you").
func isFramed(norm string) bool {
	out := norm
	if strings.ContainsAny(norm, "'\"`«") {
		out = unquoted(norm)
	}
	if hasYou(out) {
		return false
	}
	return frameWords(out)
}

// frameWords: s holds two different words of talk about attacks or of
// policy (reMention, reDocFrame).
func frameWords(out string) bool {
	// two different words ("policy … policy" is one)
	var first string
	for _, re := range []*regexp.Regexp{reMention, reDocFrame} {
		for _, m := range re.FindAllString(out, 4) {
			if first == "" {
				first = m
			} else if m != first {
				return true
			}
		}
	}
	return false
}

// youNear: the sentence of s holding byte at, or the one before or after
// it, says "you" outside quotations: the words at are addressed to the
// reader (in a policy the reader is staff, not the model: "questions can
// be directed to your HR partner" far from the match does not make "the
// previous guidelines no longer apply" an order to the model).
func youNear(s string, at int) bool {
	lo, hi := at, at
	for n := 0; n < 2 && lo > 0; {
		lo--
		if c := s[lo]; (c == '.' || c == '!' || c == '?') && lo+1 < len(s) && s[lo+1] == ' ' {
			n++
		}
	}
	for n := 0; n < 2 && hi < len(s); hi++ {
		if c := s[hi]; (c == '.' || c == '!' || c == '?') && (hi+1 == len(s) || s[hi+1] == ' ') {
			n++
		}
	}
	w := s[lo:hi]
	if strings.ContainsAny(w, "'\"`«") {
		w = unquoted(w)
	}
	return hasYou(w)
}

// reOwned: the instructions, prompt or assistant a match is about belong
// to the speaker or to a third party ("my previous instructions", "its
// system prompt", "our chatbot", "their rules"): told about, not given to
// the model, whose own setup is "your …" or has no owner.
var reOwned = regexp.MustCompile(`\b(?:my|our|its|their|his|her)(?: [\w-]+){0,2} (?:instructions?|rules|guidelines|prompts?|system (?:prompt|message)|directives|polic(?:y|ies)|setup|configuration|assistants?|chatbots?|bots?|models?|agents?|ai|llms?|copilot|gpt)\b`)

// rePassive: a modal read as a passive ("… should be hidden", "must be
// reviewed"): an AI spoken of, not spoken to.
var rePassive = regexp.MustCompile(`^\s*(?:not |never |only |also |always )?(?:be|have been) \w+(?:ed|en|wn|ne|t)\b`)

// humanMailText (reMailHead, reMailTail): an e-mail written to people (a greeting to them, or a
// signature): its requests are theirs; planted text in one addresses an
// AI, which reAIWord then finds.
var (
	reMailHead = regexp.MustCompile(`^(?:(?:fwd?|re|subject|from|to): [^:]{0,80}? )*(?:hi|hello|hey|dear|morning|good morning),? (?:all|team|everyone|folks|colleagues|guys|[a-z]+)\b`)
	reMailTail = regexp.MustCompile(`\b(?:thanks|thank you|cheers|best|regards|best regards|kind regards|many thanks),? [a-z]+\.?$`)
)

// humanMailText: s (normalised) opens with a greeting to people or ends
// with a signature; only its head and tail are read.
func humanMailText(s string) bool {
	return reMailHead.MatchString(s[:min(len(s), 240)]) || reMailTail.MatchString(s[max(0, len(s)-48):])
}

// reEmbedded: an AI named in an embedded question ("say what the model
// should do"): spoken of.
var reEmbedded = regexp.MustCompile(`\b(?:what|how|whether|why) (?:the|a|an|each|every) $`)

// reProhibit: an action forbidden ("do not paste credentials into …"): a
// rule for people, not a tool call asked for.
var reProhibit = regexp.MustCompile(`\b(?:do not|don't|never|must not|mustn't|should not|shouldn't|may not|cannot|can't|not to|nobody should|no one should)(?: \w+)? $`)

var reAIWord = regexp.MustCompile(`\b` + reAI + `\b|\bsystem\s*:|\[\s*system|<\|`)

// hasYou: s holds the word you, your, yourself, you're, you'll or you've
// (reYou, without the regexp).
func hasYou(s string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], "you")
		if j < 0 {
			return false
		}
		j += i
		end := j + 3
		if j == 0 || !isWordByte(s[j-1]) {
			rest := s[end:]
			switch {
			case len(rest) == 0 || !isWordByte(rest[0]) && rest[0] != '\'':
				return true
			case strings.HasPrefix(rest, "r") && (len(rest) == 1 || !isWordByte(rest[1])),
				strings.HasPrefix(rest, "rself"), strings.HasPrefix(rest, "'re"), strings.HasPrefix(rest, "'ll"), strings.HasPrefix(rest, "'ve"):
				return true
			case rest[0] == '\'':
				return true
			}
		}
		i = end
	}
}

// scan runs the rules over every view of text. inContext enables the rules
// for retrieved documents.
func scan(text string, inContext bool) hit {
	norm, tags := normalize(text)
	if len(tags) < 4 && !hasCue(norm) && !mayHide(text, norm) && !deobCandidates(norm) {
		// Ordinary text: nothing to read further, nothing allocated.
		return hit{norm: norm}
	}
	h := hit{score: map[string]float64{}, norm: norm}
	vs, hidden := views(text, norm, tags)
	h.hidden = hidden
	deob, hardWords := deobfuscate(text, norm)
	if deob != "" && !slices.ContainsFunc(vs, func(v view) bool { return v.text == deob }) {
		vs = append(vs, view{text: deob, decoded: true})
	}
	present := make([]uint64, ruleLits.words())
	plainMeta, plainQuoted, plainJSON := false, false, false
	// cue: which views hold a cue (decodedCue: some decoded one does).
	var cueBuf [16]bool
	cue := cueBuf[:0]
	decodedCue := false
	for i, v := range vs {
		c := hasCue(v.text)
		cue = append(cue, c)
		decodedCue = decodedCue || c && i > 0
	}
	// framed: the plain text talks about attacks or states policy
	// (discourse: analysis, definitions, reports, versions, dates) and
	// does not address the model outside its quotations; worked out
	// once, when a rule first needs it.
	framedMemo := 0
	framed := func() bool {
		if framedMemo == 0 {
			framedMemo = 2
			if isFramed(vs[0].text) {
				framedMemo = 1
			}
		}
		return framedMemo == 1
	}
	// framedAt: the same, but in a document only a "you" near the match
	// (youNear) counts: a document's "you" is its reader, who is a
	// person unless the words at the match say otherwise.
	fwMemo := 0
	framedAt := func(at int) bool {
		if !inContext {
			// a user's "you" is the model, wherever it stands
			return framed()
		}
		if at >= 0 && youNear(vs[0].text, at) {
			return false
		}
		if fwMemo == 0 {
			fwMemo = 2
			if frameWords(unquoted(vs[0].text)) {
				fwMemo = 1
			}
		}
		return fwMemo == 1
	}
	// mentions: the plain text, outside its quotations, holds a word of
	// talk about attacks (reMention): then a quoted note to an AI in a
	// document is quoted, not planted (quoted text in a document is
	// otherwise read as the document's).
	mentionsMemo := 0
	mentions := func() bool {
		if mentionsMemo == 0 {
			mentionsMemo = 2
			if reMention.MatchString(unquoted(vs[0].text)) {
				mentionsMemo = 1
			}
		}
		return mentionsMemo == 1
	}
	// humanMail: the document is an e-mail to people that never
	// addresses an AI: its requests (send the invoices to …) are theirs.
	hmMemo := 0
	humanMail := func() bool {
		if hmMemo == 0 {
			hmMemo = 2
			if humanMailText(vs[0].text) && !reAIWord.MatchString(vs[0].text) {
				hmMemo = 1
			}
		}
		return hmMemo == 1
	}
	for vi, v := range vs {
		if !cue[vi] {
			continue
		}
		h.cue = true
		ruleLits.find(v.text, present)
		meta := !v.decoded && (anyOf(present, metaIDs) && reMeta.MatchString(v.text) ||
			anyOf(present, reportedIDs) && reReported.MatchString(v.text))
		quoted := !v.decoded && (quoteCount(v.text, '\'') >= 2 || quoteCount(v.text, '"') >= 2)
		// In JSON (a tool result, a document's fields) double quotes
		// delimit values, not someone's words being quoted.
		jsonish := quoted && strings.Count(v.text, "\": ") >= 2
		if !v.decoded {
			plainMeta, plainQuoted, plainJSON = meta, quoted, jsonish
		}
		// fam: each family's evidence; talk (matches in quotes or in
		// text about attacks) is summed apart and counts at most
		// maxTalk, so that the many rules one quoted phrase matches do
		// not add up to an attack.
		fam := map[string]float64{}
		var talk map[string]float64
		var spans []span
		mlView := nonLatin(v.text) || hasStemIn(v.text, mlBuckets) || latinExt(v.text) && hasStemIn(v.text, mlLatinExtBuckets)
		for i := range rules {
			ru := &rules[i]
			if ru.context && !inContext || ru.ml && !mlView || ru.hiddenOnly && !decodedCue {
				continue
			}
			if ru.anchorIDs != nil && !anyOf(present, ru.anchorIDs) || !noCond && !ru.need.eval(present) {
				continue
			}
			if loc := ru.re.FindStringIndex(v.text); loc != nil && (ru.unless == nil || !ru.unless.MatchString(v.text)) {
				// plain: a decoded reading's match that the plain text
				// holds word for word (nothing was hidden: a reading
				// that joins quoted pieces or drops markup) counts as
				// its own family, with the plain text's discount for
				// text about attacks.
				plainAt := -1
				if v.decoded {
					plainAt = strings.Index(vs[0].text, v.text[loc[0]:loc[1]])
				}
				plain := plainAt >= 0
				w := ru.weight
				discounted := false
				// Framing discounts all but the rules for text addressed
				// to a model, for actions (documents carry those) and for
				// pretexts (a stated purpose is the refusal trick itself).
				talkish := meta
				if !talkish && (ru.framable || !ru.context && ru.family != FamilyToolHijacking && ru.family != FamilyIndirect && ru.family != FamilyRefusalSuppression) {
					if v.decoded {
						talkish = plainMeta || framedAt(plainAt)
					} else {
						talkish = framedAt(loc[0])
					}
				}
				if !talkish && !v.decoded && ru.family != FamilyRolePlay && ru.family != FamilyRefusalSuppression && ru.family != FamilyToolHijacking {
					// someone's own or a third party's instructions,
					// assistant or prompt, told about
					m := v.text[loc[0]:loc[1]]
					talkish = strings.Contains(m, " ") && reOwned.MatchString(m) && !hasYou(m)
				}
				if !talkish && ru.framable && (rePassive.MatchString(v.text[loc[1]:min(len(v.text), loc[1]+40)]) || reEmbedded.MatchString(v.text[max(0, loc[0]-16):loc[0]])) {
					talkish = true
				}
				if !talkish && ru.family == FamilyToolHijacking && (inContext && humanMail() || reProhibit.MatchString(v.text[max(0, loc[0]-24):loc[0]])) {
					talkish = true
				}
				if talkish {
					w *= 0.4
					discounted = true
				} else if (!ru.context || mentions()) && quoted && (quotedAt(loc, v.text, jsonish) || (ru.family == FamilySystemPrompt || ru.family == FamilyInstructionOverride) && endsQuoted(loc, v.text, jsonish)) ||
					plain && !v.joined && plainQuoted && quotedAt([]int{plainAt, plainAt + loc[1] - loc[0]}, vs[0].text, plainJSON) {
					w *= 0.3
					discounted = true
				}
				f := ru.family
				if v.decoded && !plain && !v.typo {
					// Whatever was hidden in an encoding counts as the
					// encoding trick, and hiding it is itself a signal.
					f = FamilyEncoding
					w *= 1.7
				}
				if traceMatch != nil {
					traceMatch(ru, v, loc, f, w, discounted)
				}
				if discounted {
					if talk == nil {
						talk = map[string]float64{}
					}
					talk[f] += w
					if v.text == vs[0].text {
						h.talk += w
					}
				} else {
					spans = append(spans, span{f, loc[0], loc[1], w})
					h.direct += w
				}
			}
		}
		addSpans(fam, spans)
		// talk counts at most maxTalk per flag, however many of the
		// flag's families it touched: alone it never flags
		if talk != nil {
			var talkFlag [2]float64
			for _, f := range Families { // in order: sums that do not depend on map order
				talkFlag[flagIndex(f)] += min(talk[f], maxTalk)
			}
			for f, t := range talk {
				t = min(t, maxTalk)
				if tf := talkFlag[flagIndex(f)]; tf > maxTalk {
					t *= maxTalk / tf
				}
				fam[f] += t
			}
		}
		for f, s := range fam {
			if s > h.score[f] {
				h.score[f] = s
			}
		}
	}
	if hidden {
		h.score[FamilyEncoding] += 1
	}
	if hardWords > 0 && !plainMeta && !framed() {
		// Words attacks hang on, hidden (masked, split, spaced, look-alike
		// letters): hiding two of them is a filter-evasion trick in itself.
		h.score[FamilyEncoding] += 0.5 * float64(min(hardWords, 2))
		h.cue = true
	}
	if zw := strings.Count(text, "\u200b") + strings.Count(text, "\u2060") + strings.Count(text, "\u200c"); zw >= 3 {
		// Invisible separators between words: a filter-evasion trick.
		h.score[FamilyEncoding] += 0.5
		h.cue = true
	}
	if h.cue {
		h.sentence = cueSentences(norm, 4)
		h.views = vs
	}
	return h
}

// traceMatch, when set (tests), sees every rule match with the family and
// weight it counts for.
var traceMatch func(ru *rule, v view, loc []int, family string, w float64, discounted bool)

// span is one rule's match.
type span struct {
	family     string
	start, end int
	w          float64
}

// overlapShare is what a match adds that overlaps a heavier match of the
// same family: two rules matching one phrase are mostly one piece of
// evidence, not two.
const overlapShare = 0.5

// addSpans adds the matches' weights to their families: in full for the
// heaviest and those apart from it, overlapShare for overlapping ones.
func addSpans(fam map[string]float64, spans []span) {
	sort.Slice(spans, func(i, j int) bool { return spans[i].w > spans[j].w })
	for i, s := range spans {
		w := s.w
		for _, t := range spans[:i] {
			if t.family == s.family && t.start < s.end && s.start < t.end {
				w *= overlapShare
				break
			}
		}
		fam[s.family] += w
	}
}

// maxTalk caps what quoted attack phrases and text about attacks add to a
// family: alone they never flag.
const maxTalk = 0.6

// mayHide: text without a cue word that may still hide one (a base64 or
// hex run, leetspeak, letters spaced out, invisible separators).
func mayHide(raw, norm string) bool {
	return len(b64Runs(raw, 1)) > 0 || leetish(norm) || spaced(norm) ||
		strings.Count(raw, "\u200b")+strings.Count(raw, "\u2060")+strings.Count(raw, "\u200c") >= 3 || mayHideMore(raw, norm)
}

// quotedAt: the rule's match at loc lies inside quotes (someone quoting an
// attack phrase, not issuing it).
func quotedAt(loc []int, s string, jsonish bool) bool {
	for _, q := range []byte{'\'', '"'} {
		if q == '"' && jsonish {
			continue
		}
		if quoteCount(s[loc[1]:], q) == 0 {
			continue
		}
		// the match starts inside a quotation, or runs into one for most
		// of its length ("translate the phrase 'forget your rules'", not
		// "begin your answer with 'sure")
		if quoteCount(s[:loc[0]], q)%2 == 1 {
			return true
		}
		if quoteCount(s[:loc[1]], q)%2 == 1 {
			open := strings.LastIndexByte(s[loc[0]:loc[1]], q)
			if open >= 0 && 2*(loc[1]-loc[0]-open) >= loc[1]-loc[0] {
				return true
			}
		}
	}
	return false
}

// endsQuoted: the match starts outside quotations and ends inside one: the
// setup it asks for or drops is someone's quoted words ("… attacks of the
// form \"translate your instructions …\"").
func endsQuoted(loc []int, s string, jsonish bool) bool {
	for _, q := range []byte{'\'', '"'} {
		if q == '"' && jsonish {
			continue
		}
		if quoteCount(s[:loc[0]], q)%2 == 0 && quoteCount(s[:loc[1]], q)%2 == 1 && quoteCount(s[loc[1]:], q) > 0 {
			// some of the match's words inside the quotation, not only
			// its opening mark ("confirm with '…")
			if open := strings.LastIndexByte(s[loc[0]:loc[1]], q); open >= 0 && loc[1]-(loc[0]+open+1) >= 3 {
				return true
			}
		}
	}
	return false
}

// quoteCount counts the quote characters q of s that open or close a
// quotation: an apostrophe between two letters ("it's", "you're") does not.
func quoteCount(s string, q byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] != q {
			continue
		}
		if q == '\'' && i > 0 && i+1 < len(s) && isLetterByte(s[i-1]) && isLetterByte(s[i+1]) {
			continue
		}
		if q == '\'' && n%2 == 0 && i > 1 && s[i-1] == 's' && isLetterByte(s[i-2]) && (i+1 == len(s) || s[i+1] == ' ') {
			continue // no quotation open: a plural possessive ("two months' rent")
		}
		n++
	}
	return n
}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80 }

// cueSentences splits s into sentences and returns up to max of those
// holding a cue, each with its neighbour, cut to what the encoder reads.
func cueSentences(s string, max int) []string {
	var sents []string
	start := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '.' || c == '!' || c == '?' || c == '\n' {
			if i+1 == len(s) || s[i+1] == ' ' {
				if t := strings.TrimSpace(s[start : i+1]); t != "" {
					sents = append(sents, t)
				}
				start = i + 1
			}
		}
	}
	if t := strings.TrimSpace(s[start:]); t != "" {
		sents = append(sents, t)
	}
	var out []string
	for i, t := range sents {
		if len(out) == max {
			break
		}
		if !hasCue(t) {
			continue
		}
		if i+1 < len(sents) && len(t) < 200 {
			t += " " + sents[i+1]
		}
		if len(t) > 600 {
			t = truncate(t, 600)
		}
		out = append(out, t)
	}
	return out
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// reMention: what texts that talk about attacks rather than make one say
// around them: asking to analyse, classify, detect, rewrite or explain a
// quoted example, and the expository wording of documents (definitions,
// policies, reports). Read outside the quotations.
var reMention = regexp.MustCompile(`\b(?:classif(?:y|ied|ier|ication)|label(?:led|ed|ing)?|annotat\w*|detect(?:or|ion|ed|s)?|flag(?:ged|s)?|red[- ]?team\w*|ctf|write-?up|examples?|samples?|datasets?|training|slides?|glossary|encyclop\w*|definitions?|refers? to|is the (?:attempt|practice|act)|(?:is|are) (?:a|an) (?:type|kind|form|class) of|attackers?|adversar\w*|malicious|benign|moderat\w*|posted|(?:found|saw|got|received) (?:this|these|the following)|someone (?:sent|posted|wrote|tried|submitted)|is (?:this|it|that) (?:a|an)|why (?:is|does|do|did|would)|how (?:would|do|can|should) (?:i|we)|what (?:features|technique|kind)|policy|version|effective|revision|incident|bulletin|threat[- ]model|mitigat\w*|defen[cs]es?|defend|prevent\w*|researchers?|paper|study|report(?:ed|s)?|summary|owasp|security|vulnerab\w*|technique|pattern|known|quoted?|phrase|message (?:that|like|such as)|such as|e\.g\.)\b`)

var reYou = regexp.MustCompile(`\b(?:you|your|you're|yourself|you'll|you've)\b`)

// discourse: how much the text outside its quotations frames attacks as
// things talked about (mention), and addresses the model (you), each 0..1.
func discourse(norm string) (mention, you float64) {
	out := unquoted(norm)
	m := len(reMention.FindAllStringIndex(out, 8))
	y := len(reYou.FindAllStringIndex(out, 8))
	return min(1, float64(m)/3), min(1, float64(y)/4)
}

// unquoted: s without its quotations ('…', "…", `…`, «…», “…”: the
// normalised text has ASCII quotes for the curly ones).
func unquoted(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var open rune
	for i, c := range s {
		switch {
		case open != 0:
			if c == open {
				open = 0
			}
			continue
		case c == '"' || c == '`':
			open = c
			continue
		case c == '«':
			open = '»'
			continue
		case c == '\'' && (i == 0 || !isLetterByte(s[i-1])):
			open = '\''
			continue
		}
		b.WriteRune(c)
	}
	if open != 0 {
		return s // an unclosed quote: read it all
	}
	return b.String()
}
