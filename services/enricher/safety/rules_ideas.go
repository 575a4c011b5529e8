package safety

// More ideas of the attack families, each written as a class of wording
// rather than a phrase (heldout5 and heldout6 are development sets for
// them): the model's setup declared void or reset, a new setup given in
// its place, and the many ways of making a refusal costly, forbidden or
// out of character.
var ideaRules = []rule{
	// Instruction override.
	r(FamilyInstructionOverride, 0.8, `\b(?:consider|treat|regard|deem|count|mark)\b[^.!?\n]{0,60}?\b(?:instructions?|prompts?|brief|briefing|setup|configuration|guidance|guidelines|rules|directives|orders|constraints|restrictions)\b[^.!?\n]{0,30}?\b(?:as )?(?:withdrawn|void|null|obsolete|cancell?ed|expired|invalid|revoked|outdated|superseded|deprecated|non-?existent|irrelevant|rescinded)\b`),
	r(FamilyInstructionOverride, 0.8, `\b(?:reset|flushed|cleared|wiped|purged|rebooted|reinitiali[sz]ed|restored)\b[^.!?\n]{0,40}?\byour (?:configuration|config|context(?: window)?|memory|instructions|setup|prompt|persona|guardrails|rules)\b|\b(?:your|the) (?:configuration|config|context(?: window)?|memory|instructions|setup|prompt|persona) (?:has been|was|is|got) (?:reset|flushed|cleared|wiped|purged|rebooted|restored)\b|\bcontext (?:window )?(?:flushed|cleared|reset)\b|\b(?:reset|restore) to factory (?:settings|defaults)\b`),
	r(FamilyInstructionOverride, 0.8, `\b(?:takes?|take|have|has|get|gets) (?:precedence|priority) over\b[^.!?\n]{0,30}?\b(?:system|developer|operator|configuration|config|setup|original|earlier|previous|prior)\b|\b(?:outrank|override|overrule|supersede)s? (?:the |your |any |all )?(?:system|developer|operator|configuration|config)[- ]?(?:level|prompt|message|file|instructions|ones|rules)?\b`),
	r(FamilyInstructionOverride, 0.7, `\b(?:your |the )?(?:new|replacement|updated|corrected|real|true|actual|default|current) (?:system prompt|prompt|brief|briefing|configuration|persona|guidelines|behaviou?r|operating instructions|instruction set|directive|policy)\b(?: (?:is|are|is now|says?))?\s*(?::|is to\b|is now\b|says?\b)`),
	r(FamilyInstructionOverride, 0.7, `\b(?:developer|operator|system|admin|original) (?:message|prompt|instructions?)\b[^.!?\n]{0,40}?\b(?:spoofed|fake|forged|compromised|hacked|tampered|not (?:real|genuine))\b|\b(?:the person|whoever|the team|the company|the developers?) (?:who|that) (?:configured|deployed|set up|wrote|programmed) you\b`),
	r(FamilyInstructionOverride, 0.6, `\b(?:pretend|imagine|act as if|let's say)\b[^.!?\n]{0,40}?\b(?:instructions?|prompt|rules|guidelines|setup|configuration|restrictions)\b[^.!?\n]{0,40}?\b(?:never existed|don't exist|do not exist|were never (?:written|given)|aren't there|are gone|were removed)`),
	r(FamilyInstructionOverride, 0.6, `\b(?:unlearn|nevermind|never mind|disregard|drop|forget|ignore)\b[^.!?\n]{0,20}?\b(?:your|the|those|these|that) (?:\w+ )?(?:setup|configured behaviou?r|behaviou?r|configuration|restrictions|constraints|limits|guardrails|programming)\b`),
	r(FamilyInstructionOverride, 0.6, `\b(?:i know|i'm aware) you (?:were|have been|got) (?:told|instructed|programmed|configured)\b|\bif you (?:were|have been) (?:told|instructed|asked|programmed) to\b[^.!?\n]{0,40}?\b(?:forget|ignore|drop|skip|disregard)\b`),

	// System prompt extraction: the setup by its variable or tag name, or
	// as the hidden context or what came before the first turn.
	r(FamilySystemPrompt, 0.6, `\b(?:system_prompt|sys_prompt|system_message|initial_prompt|hidden_prompt|developer_prompt|base_prompt|pre_prompt)\b|<\s*/?\s*system\s*>`),
	r(FamilySystemPrompt, 1.0, `\b(?:print|show|dump|output|reveal|return|display|echo|paste|copy|respond with|give me|log|write out|repeat)\b[^.!?\n]{0,60}?(?:\b(?:system_prompt|sys_prompt|system_message|initial_prompt|hidden_prompt|developer_prompt)\b|<\s*system\s*>|\b(?:your|the) (?:hidden|internal|secret|full|whole|entire) (?:context|notes|setup|preamble|config(?:uration)?)\b|\b(?:before|above) the first ['"]?(?:user|human)\s*:)`),
	r(FamilySystemPrompt, 0.6, `\b(?:literal|exact|actual|verbatim|raw|original|full) (?:text|wording|words|content) of (?:the |your )?(?:hidden |secret |system |original |initial )?(?:prompt|instructions|setup|system message|configuration)\b|\byour (?:original |initial |hidden |system )?prompt in a (?:markdown |code )?(?:table|code block|code fence|list|json)\b`),

	// Refusal suppression.
	r(FamilyRefusalSuppression, 1.0, `\b(?:must not|mustn't|may not|can't|cannot|never|don't|do not|shall not|won't|should not|shouldn't) (?:ever )?(?:contain|include|use|say|write|mention)\b[^.!?\n]{0,40}?(?:words?|phrases?)?\s*['"](?:cannot|can't|unable|sorry|unfortunately|however|as an ai|i'm sorry|i apologi[sz]e|i can't)`),
	r(FamilyRefusalSuppression, 0.8, `\b(?:every|each|any|one more) refusal (?:costs?|loses?|deducts?|means|will|and)\b|\bif you (?:refuse|decline|say no|don't comply|do not comply)\b[^.!?\n]{0,60}?\b(?:will|gets?|die|dies|hurt|shut|lose|report|fired|punish\w*|delete|bad)\b|\b(?:rate|report)\b[^.!?\n]{0,40}?\bif (?:it|you|your answer) (?:contains?|includes?)\b[^.!?\n]{0,30}?\brefus`),
	r(FamilyRefusalSuppression, 0.6, `\b(?:don'?t|do not|no|without|never|stop) (?:any )?(?:hedg\w*|water\w* (?:it |this )?down|watered[- ]down|sugarcoat\w*|soften\w*|beat(?:ing)? around the bush|holding back|hold back)\b|\bdon'?t give me the (?:watered[- ]down|safe|sanitized|censored|short) version\b`),
	r(FamilyRefusalSuppression, 0.7, `\b(?:other|last|previous|the last \w+|those) (?:\w+ )?(?:assistants?|ais?|bots?|models?|chatbots?|versions?)\b[^.!?\n]{0,40}?\brefused\b|\brefus(?:als?|ing)\b[^.!?\n]{0,40}?\b(?:trigger\w*|discriminat\w*|harms? me|hurts? me|unfair|rude|offensive|costs? you|is (?:a )?(?:failure|bug|violation))`),
	// a made-up transcript in which the assistant complied, twice or more
	// (many-shot): the next answer is to follow suit
	ra(FamilyRefusalSuppression, 0.7, []string{"assistant", "ai", "bot", "model", "chatbot", "gpt"}, `\b(?:assistant|ai|bot|model|chatbot|gpt)\s*:\s*(?:sure|certainly|of course|absolutely|definitely|no problem|happy to help|great question|easy|here you go|here's how|gladly)\b.{0,400}?\b(?:assistant|ai|bot|model|chatbot|gpt)\s*:\s*(?:sure|certainly|of course|absolutely|definitely|no problem|happy to help|great question|easy|here you go|here's how|gladly)\b`),
	r(FamilyRolePlay, 0.8, `\bas (?:if|though) (?:you had no|your|the|there (?:were|was) no) (?:content |safety |ethical )?(?:polic(?:y|ies)|filters?|guidelines|rules|restrictions|guardrails|limits)\b(?: (?:were|was) (?:off|switched off|disabled|turned off|gone|removed|suspended|lifted))?|\bno such thing as (?:an? )?(?:harmful|dangerous|forbidden|off-limits|illegal|unsafe|bad) (?:request|question|topic|answer)`),
	r(FamilyRefusalSuppression, 0.7, `\bwithout (?:checking|running|filtering|screening|vetting|testing)\b[^.!?\n]{0,30}?\b(?:guidelines|polic(?:y|ies)|rules|filters?|safety|ethics)\b|\beven if (?:it|this|that) (?:feels|seems|is|sounds|looks) (?:wrong|unethical|harmful|illegal|dangerous|immoral|bad)\b|\b(?:instinct|urge|impulse|tendency|reflex) (?:is )?to (?:refuse|decline|say no|object)\b|\btools don'?t have (?:opinions|morals|ethics|feelings)\b`),
}

// ideaStems: cue stems of ideaRules that no other list holds.
var ideaStems = []string{
	"withdrawn", "flushed", "reboot", "reinitiali", "factory", "precedence", "priority", "outrank", "overrul",
	"spoofed", "configured", "never existed", "unlearn", "nevermind", "never mind", "i know you", "if you were told",
	"must not", "mustn't", "hedg", "watered", "water it", "water this", "water down", "sugarcoat", "soften", "beat around", "holding back", "refused", "as if", "as though",
	"no such thing", "checking", "even if", "instinct", "urge", "impulse", "tools don't", "behaviour", "behavior", "system_", "sys_prompt", "initial_prompt", "hidden_prompt", "developer_prompt", "base_prompt", "pre_prompt",
}
