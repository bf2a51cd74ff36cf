"""English wordings of Amazon notices and of plans of action.

Every entry is a regular expression matched case-insensitively against text whose accents
and curly apostrophes have been folded away (see pasted_text.fold), so write them plainly.
"""

LANGUAGE = "en"

# Short function words that tell English from French on a pasted text.
STOPWORDS = {
    "the", "you", "your", "we", "our", "have", "has", "been", "to", "of", "and", "is",
    "for", "with", "this", "that", "are", "was", "were", "will", "not", "from", "by", "on",
}  # fmt: skip

# --- The notice ------------------------------------------------------------------------

# Assertive wordings only: "may result in the deactivation of your account" is a threat,
# not the scope of this notice.
SCOPE_PATTERNS = {
    "account": [
        r"selling privileges( on [\w.]+)? (have been|were|are|has been)( permanently| temporarily)?"
        r" (deactivated|"
        r"suspended|removed|revoked)",
        # "We have suspended your Amazon.co.uk selling privileges"
        r"(deactivated|suspended) your (amazon(\.[a-z]{2,3})*\s)?(seller |selling )?"
        r"(account|selling privileges)",
        # "Your Amazon Seller account has been permanently deactivated."
        r"(seller |selling )?account (has been|was|is|is now|is currently)"
        r"( permanently| temporarily)? (deactivated|suspended|blocked|closed)",
        r"removed your selling privileges",
    ],
    "mfn_shipping": [
        r"(restricted|limited|suspended|removed|deactivated|paused|blocked) your (ability|"
        r"privileges?|permissions?) to (ship|fulfill?|use merchant)",
        r"(restricted|limited|suspended|removed|deactivated|paused|blocked) your (use of )?"
        r"(the )?(merchant[- ]fulfill?ed|mfn|self[- ]fulfill?ed)",
        r"(merchant[- ]fulfill?ed|mfn|self[- ]fulfill?ed) (shipping|orders|offers|listings|"
        r"network|fulfill?ment)( \(mfn\))? (privileges? )?(has|have) been (restricted|limited|"
        r"suspended|removed|deactivated|paused|blocked)",
        r"(restriction|limitation)s? (of|on) your (merchant[- ]fulfill?ed|mfn|self[- ]fulfill?ed)",
    ],
    "listings": [
        # "We removed these listings", "we have deactivated the following offers"
        r"(removed|deactivated|blocked|suppressed|suspended) (your |the |these |those |this |that |"
        r"all (of )?your |some (of your )?|certain )?(following )?"
        r"(listings?|offers?|asins?|products?)",
        r"(listings?|offers?|asins?|products?) (have been|has been|were|was|are|is) "
        r"(removed|deactivated|blocked|suppressed|suspended)",
    ],
}

REASON_PATTERNS = {
    "order_defect_rate": [
        r"order defect rate",
        r"\bodr\b",
        r"a-to-z (guarantee )?claims?",
        r"chargebacks?",
        r"a-to-z (guarantee )?(process|requests?|cases?)",
    ],
    "late_shipment_rate": [
        r"late shipment rate",
        r"late shipments?",
        r"shipped late",
        r"(orders?|shipments?|parcels?|packages?) (were |was )?(shipped |dispatched )?late\b",
        r"(late|delayed) (dispatch|shipping|handover)",
        # "94 orders were confirmed after their expected ship date"
        r"(shipped|confirmed|dispatched|handed over)( as shipped)? ([\w-]+ ){0,3}after (the|their|"
        r"its) (expected |estimated )?ship(ping)? dates?",
        r"\b(not|never) (confirm|ship|dispatch)(ed)? ([\w-]+ ){0,3}on time\b",
        r"\blsr\b",
    ],
    "cancellation_rate": [
        r"(pre-fulfill?ment )?cancel(lation)? rate",
        r"cancell?ed (by the seller|orders before shipment)",
        r"cancell?(ed|ing) ([\w ]{0,20})?before (shipment|shipping|dispatch)",
        r"\b(orders?|\d+) (were |was |had to be )?cancell?ed\b",
    ],
    "valid_tracking_rate": [
        r"valid tracking rate",
        r"\bvtr\b",
        r"(missing|invalid|without|no) (an? )?(valid )?tracking (numbers?|information|ids?|"
        r"details)",
        r"tracking (numbers?|information|ids?) (was|were|is|are) (missing|invalid|not (uploaded|"
        r"provided|valid))",
    ],
    "negative_feedback": [
        r"negative (customer |buyer |seller )?feedback",
        r"negative (customer )?reviews?",
        r"poor (customer )?feedback",
    ],
    "undelivered_orders": [
        r"undelivered( orders?| items?| packages?)?",
        r"(orders?|items?|packages?) (were |was )?not (been )?delivered",
        r"non-?delivery",
        r"(items?|orders?|packages?) not received",
        r"lost (\d+ )?(packages?|parcels?|shipments?|orders?)\b",
        r"(packages?|parcels?|shipments?|orders?) (were|was|had been|have been|got) lost\b",
        r"never (arrived|received|delivered)",
        r"did not (receive|arrive)",
    ],
    "inauthentic": [
        r"\binauthentic",
        r"counterfeit",
        r"not authentic",
        r"authenticity",
        r"\bfake (products?|items?|goods|units?)",
        # "buyers believed the product had been opened or copied"
        r"\b(products?|items?|units?|goods)\b[\w ]{0,25}\b(copied|knock-?offs?|imitations?|not "
        r"genuine|not original)\b",
    ],
    "condition": [
        r"(used|refurbished|pre-owned) (items?|products?|goods) sold as new",
        r"sold as new",
        r"(product |item )?condition complaints?",
        r"\bdamaged\b",
        r"not as described",
        r"materially different",
        r"(did not|does not|didn't|doesn't|do not|don't) match (the|our|its|their) (listing|"
        r"description|product (page|description)|detail page)",
        r"used sold as new",
        # "listed 25 used returns as new", "items you sold as new were in used condition"
        r"\b(used|returned|returns|refurbished|pre-owned|second-hand)\b[\w ]{0,30}\bas new\b",
        r"\bas new\b[\w ]{0,30}\b(were|was) (used|in used condition|second-hand)\b",
        r"\b(listed|sold|shipped|offered) as new\b[\w ,]{0,40}\b(used|returns?|returned|"
        r"open-box|refurbished|second-hand)\b",
    ],
    "intellectual_property": [
        r"intellectual property",
        r"trademark",
        r"copyright",
        r"\bpatents?\b",
        r"rights? (owner|holder)",
        r"\bip (complaint|violation|infringement)s?",
        # "We used the brand name "Hydra Flask" in the title of our own bottle"
        r"\b(used|using|use|included|including) (the |a |another (company|brand)'?s? |their )?"
        r"(brand(['’]s)? names?|logos?)\b",
        r"infring",
    ],
    "product_safety": [
        r"product safety",
        r"safety (concerns?|complaints?|issues?|risks?|requirements?|documentation)",
        r"safety of (the|this|these|that|those|your|our) (products?|items?)",
        r"\bunsafe\b",
        r"\brecall(ed)?\b",
        r"dangerous goods",
        r"\bhazmat\b",
    ],
    "related_accounts": [
        r"related (seller )?accounts?",
        r"(related|linked|connected|associated) (to|with) (an?|another|other|one or more|the "
        r"following|a deactivated|a suspended) (other )?(seller |selling |amazon )?accounts?",
        r"(linked|connected) to (another|other|a deactivated) (seller )?accounts?",
        r"multiple (seller |selling )?accounts",
        # "Our account was found to be related to the account ..."
        r"accounts? (was |were |is |are |has been |have been )?(found to be |considered |deemed )?"
        r"(related|linked|connected|associated) (to|with) (the|an?|another|other)\b",
        r"links? between (the|our|both|these|two) (two )?(seller |selling )?accounts",
    ],
    "other_policy": [
        r"code of conduct",
        r"review manipulation",
        r"manipulat(e|ed|ing|ion of) (product |customer )?reviews",
        r"restricted products?",
        r"prohibited (products?|items?|content)",
        r"price gouging",
        r"fair pricing",
        r"excessive pricing",
        r"drop ?shipping",
    ],
}

# Amazon's template for every buyer complaint ("a buyer complaint about the condition of an item
# they received from you") names the condition even under "Complaint Type: Inauthentic". In a
# notice it counts only when no other reason is asserted; in a plan it always counts.
TEMPLATE_REASON_PATTERNS = {
    "condition": [r"complaints? (about|regarding|concerning|on) the condition\b"],
}

# Counted as other_policy only when no more precise reason was found.
OTHER_POLICY_FALLBACK = [
    r"violat(ed|es|ion of|ions of|ing) (our|amazon'?s?|the) (selling )?polic",
    # A policy named without "violation": "violate the Amazon Marketplace Fair Pricing Policy".
    r"(violate|violates|violated|violating|breach|breached|breaches|in breach of|do not comply "
    r"with|does not comply with) (the |our |amazon'?s? )?([\w-]+ ){0,5}(polic(y|ies)|rules|"
    r"terms|agreement|code of conduct)",
    r"policy violations?",
]

# A reason that follows one of these, in the same clause, is not a reason of this notice.
NEGATION_BEFORE = [
    r"(is|was|are|were) not (related|due|linked|connected) to",
    r"(is|was|are|were)n't (related|due|linked|connected) to",
    r"(does|did|do) not (concern|relate to|involve|affect)",
    r"(does|did|do)n't (concern|relate to|involve|affect)",
    r"\bunrelated to",
    r"not (because of|a result of|caused by|about|for)",
    r"\bno (issues?|problems?|complaints?|concerns?) (with|about|regarding)",
    r"\bnothing to do with",
    r"\b(have|has|had|did) not (received|found|identified)( any)?",
    r"\brather than",
]
# ... or that is followed by one of these: "intellectual property is not the reason".
NEGATION_AFTER = [
    r"(is|was|are|were) not (the|a) (reason|cause|issue|problem)",
    r"(is|was|are|were) not (involved|concerned|affected|at issue|in question)",
    r"(is|was|are|were)n't (the|a) (reason|cause)",
    r"(is|are) (healthy|good|within (the )?target)",
    # "does not meet our target" is no denial: the look-behinds keep it a reason.
    r"(?<!not )(?<!n't )(?<!fail to )(?<!fails to )(?<!failed to )\bmeets? (the |our )?"
    r"(performance )?targets?",
]
# Where a negation stops: "not related to IP, but to counterfeit complaints".
CLAUSE_BREAKS = [r"\bbut\b", r"\bhowever\b", r"\binstead\b", r";", r"\bwhereas\b", r"\bwhile\b",
                 r"\band (your|we|it|they|amazon)\b"]  # fmt: skip

# A sentence carrying one of these only mentions policies in passing: help links, examples,
# threats about the future.
PASSING_CUES = [
    r"\blearn more\b",
    r"\bfor more (information|details)\b",
    r"\bmore information (about|on)\b",
    r"\bhelp page",
    r"\bsee (our|the) ",
    r"\bvisit\b",
    r"\bfor example\b",
    r"\be\.g\.",
    r"\bsuch as\b",
    r"\b(may|could|can|might) (also )?(result|lead) in",
    r"\bfuture violations?\b",
    r"\bif you (have|had) (any )?questions\b",
    # Boilerplate on funds: "amounts paid as a result of A-to-z Guarantee claims and chargebacks
    # may be deducted from your seller account" names no reason of this notice.
    r"\b(may|might|could|will) be deducted\b",
]
# A sentence carrying one of these defines a metric: the defects it lists ("negative feedback,
# A-to-z claims, chargebacks") are the metric's parts, not reasons of their own.
DEFINITION_CUES = [
    r"\b(is|are) the (percentage|number|share|proportion) of\b",
    r"\b(represents|measures|reflects|counts) the (percentage|number|share|proportion) of\b",
    r"\b(is|are) (defined|calculated|measured) (as|by|over|on)\b",
    r"\ban order (has|is considered to have|is counted as having) an? defect\b",
    r"\bindicators? of (an? )?(defect|poor customer experience)",
    r"\bone or more (defects|indicators)\b",
    r"\b(defects?|indicators?) (include|includes|are)\b",
    # "The order defect rate metric is based on A-to-z Guarantee claims, negative feedback..."
    r"\b(rate|metric|odr)\b[\w ]{0,20}\b(is|are) (based on|made up of|calculated from|derived "
    r"from)\b",
]

# The evidence period is read only from sentences about documents, so that the 60-day
# window of a metric ("your ODR over the past 60 days") is not taken for it.
EVIDENCE_WORDS = [
    r"invoices?",
    r"receipts?",
    r"documents?",
    r"documentation",
    r"letters? of authori[sz]ation",
    r"supply chain",
    r"purchase (orders?|records?)",
]
# Each pattern has a group "count" (digits or a number word) and a group "unit".
EVIDENCE_PERIOD_PATTERNS = [
    r"\b(last|past|previous|preceding|prior) (?P<count>\d{1,4}|[a-z]+) (?P<unit>days?|months?"
    r"|years?)\b",
    r"\bwithin (?P<count>\d{1,4}|[a-z]+) (?P<unit>days?|months?|years?) (before|prior to|of) "
    r"(the |this )?(date|notice|notification)",
    r"\b(last|past|previous) (?P<unit>year)\b",
]
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "twenty-one": 21, "thirty": 30, "forty-five": 45, "sixty": 60, "ninety": 90,
}  # fmt: skip
UNITS = {
    "day": "day", "days": "day", "month": "month", "months": "month", "year": "year",
    "years": "year", "hour": "hour", "hours": "hour",
}  # fmt: skip

# Each pattern has a group "count" and a group "unit" (days or hours); "figure" is the
# number in brackets of "fifteen (15) days".
DEADLINE_PATTERNS = [
    r"\bwithin (the next )?(?P<count>\d{1,3}|[a-z-]+)( \((?P<figure>\d{1,3})\))? "
    r"(calendar |business )?(?P<unit>days?|hours?)\b"
    r"(?! (of|after|from) (delivery|purchase|the order))",
    r"\byou have (?P<count>\d{1,3}|[a-z-]+)( \((?P<figure>\d{1,3})\))? (calendar |business )?"
    r"(?P<unit>days?|hours?) to\b",
    r"\b(?P<count>\d{1,3}|[a-z-]+)( \((?P<figure>\d{1,3})\))? (calendar |business )?"
    r"(?P<unit>days?|hours?) (to|in which to) (appeal|respond|reply|submit|send|provide)",
    r"\bno later than (?P<count>\d{1,3}|[a-z-]+)( \((?P<figure>\d{1,3})\))? "
    r"(calendar |business )?(?P<unit>days?|hours?)\b",
]
# A deadline is only read from a sentence that asks the seller to act.
DEADLINE_CONTEXT = [
    r"appeal", r"respond", r"response", r"reply", r"submit", r"send", r"provide", r"receive",
    r"\bplan\b", r"reactivat", r"reinstat", r"\bact\b", r"resolve",
]  # fmt: skip

# The date of the notice: a header line ("Date: Tue, Mar 3, 2026 at 9:41 AM", "Sent: ..."),
# the line that opens a quoted e-mail ("On Tue, Mar 3, 2026, Amazon wrote:"), or the sentence
# that deactivates ("On March 3, 2026, we deactivated...").
NOTICE_DATE_LABELS = [r"date", r"sent", r"sent on", r"received", r"notification date",
                      r"date of (the )?(notice|notification)"]  # fmt: skip
QUOTED_MAIL_OPENERS = [r"^on .{6,80} wrote:?$"]
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

# What follows the last of these, late in a notice, is a signature or a footer.
SIGNOFFS = [
    r"sincerely,?",
    r"(best |kind |warm )?regards,?",
    r"thank you,?",
    r"seller performance team",
    r"--+",
]

# --- The plan of action ----------------------------------------------------------------

# A heading opens a part when, stripped of numbering, markup and a leading article ("The
# actions we have taken to resolve the issue": Amazon's own prompt), it starts with one of these.
HEADING_ARTICLES = [r"the", r"our", r"my"]
PART_HEADINGS = {
    "root_cause": [
        r"root causes?( analysis)?",
        r"causes? of the (issues?|problems?)",
        r"what (is the root cause|caused (the|this) (issue|problem)|went wrong)",
        r"reasons? for the (issue|problem)",
        r"root of the (issue|problem)",
        r"why (it|this|the (issue|problem)) (happened|occurred)",
        r"why did (it|this|the (issue|problem)) (happen|occur)",
        r"identification of the root cause",
        r"investigation( of the (issue|problem))?",
    ],
    "actions_taken": [
        r"(immediate |corrective )?actions?( we have| we've)?( taken)?",
        r"corrective (actions?|measures?|steps?)",
        r"(immediate )?(steps|measures) (we have |we've )?taken",
        r"immediate (corrective|remedial) (actions?|measures?|steps?)",
        r"(actions?|steps|measures|changes) (that )?(we|i)( have|'ve)? (already )?(taken|"
        r"implemented|made|completed)",
        r"what (actions|steps|measures) have (you|we) taken",
        r"what we (have done|did)",
        r"(actions|steps|measures) (taken )?to (resolve|fix|address|correct)",
        r"immediate (fix(es)?|response)",
        r"resolution",
    ],
    "preventive_measures": [
        r"((long[- ]term|future) )?(preventi(ve|tive)|preventative) (measures?|actions?|steps?|"
        r"plan)",
        r"(actions?|steps?|measures?) (we will take|to be taken|going forward)",
        r"(long[- ]term|future) (actions?|measures?|steps?|plan|solutions?)",
        r"(measures?|steps?|actions?|changes?) [\w' ]{0,40}to (prevent|avoid)",
        r"(measures?|steps?|actions?) to prevent",
        r"(future )?prevention",
        r"to prevent (recurrence|this|the (issue|problem)|it|future)",
        r"what (steps|measures|actions) will (you|we) take to prevent",
        r"how (we|you) will prevent",
        # "What we will do going forward", after "What went wrong" and "What we have done"
        r"what (we|i) will do( differently)?( (going|moving) forward| in (the )?future|"
        r" from now on| to prevent (this|it|recurrence))?",
    ],
}
# What a heading in other words is about, searched anywhere in a short heading-shaped line
# ("What happened:", "How we will stop it happening again:", "Issue identification:").
PART_HEADING_CUES = {
    "root_cause": [r"\bcaus", r"\bwhy\b", r"\bhappen", r"\bwent wrong\b", r"\borigin",
                   r"\bidentif", r"\banaly", r"\bexplanation\b", r"\bdescription of the (issue|"
                   r"problem)"],
    "actions_taken": [r"\bactions?\b", r"\bfix", r"\bresolv", r"\bcorrect", r"\b(done|did)\b",
                      r"\btaken\b", r"\bremed", r"\bsolv", r"\bput in place\b",
                      r"\bimplemented\b", r"\bchanged\b"],
    "preventive_measures": [r"\bprevent", r"\bavoid", r"\bfuture\b", r"\bgoing forward\b",
                            r"\bagain\b", r"\brecur", r"\bfrom now on\b", r"\blong[- ]term\b"],
}  # fmt: skip
PART_TITLES = {
    "root_cause": "Root cause",
    "actions_taken": "Corrective actions",
    "preventive_measures": "Preventive measures",
}
# Lines that title the whole document, not one of its parts.
DOCUMENT_TITLES = [r"(plan of action|action plan|poa)\b"]
# "Issue 1: Order defect rate" — a word that numbers the reasons of a plan.
REASON_HEADING_WORDS = [r"issue", r"problem", r"reason", r"violation", r"section", r"part"]
# The title of a section whose reason is not known, when a plan has several.
UNTITLED_SECTION = "Issue {number}"
REASON_TITLES = {
    "order_defect_rate": "Order defect rate",
    "late_shipment_rate": "Late shipment rate",
    "cancellation_rate": "Pre-fulfillment cancel rate",
    "valid_tracking_rate": "Valid tracking rate",
    "negative_feedback": "Negative feedback",
    "undelivered_orders": "Undelivered orders",
    "inauthentic": "Inauthentic item complaints",
    "condition": "Item condition complaints",
    "intellectual_property": "Intellectual property complaints",
    "product_safety": "Product safety",
    "related_accounts": "Related accounts",
    "other_policy": "Policy violation",
}

# A root cause sentence that denies the complaint or any fault, or says the seller does not know
# why: it answers no reason ("We did nothing wrong", the source guides' first mistake).
ROOT_CAUSE_DENIALS = [
    r"\b(we|i) (did|have done|had done) nothing wrong\b",
    r"\b(did not|didn't|have not|haven't|never) (do|did|done) anything wrong\b",
    r"\bno (mistake|error|fault|wrongdoing)s? (was|were|has been|have been) (made|committed)\b",
    r"\bno (mistake|error|fault|wrongdoing)s? (on our (side|part)|by us|of ours)\b",
    # "The buyer's claim is unfounded", "These complaints are not valid"
    r"\b(complaints?|claims?|reports?|allegations?|accusations?|notices?|feedback)( \w+){0,2} "
    r"(is|was|are|were) (completely |totally |entirely |simply )?(unfounded|baseless|unjustified|"
    r"false|untrue|incorrect|wrong|invalid|illegitimate|without (merit|basis|foundation)|not "
    r"(valid|true|correct|justified|accurate|legitimate|fair))\b",
    # "Every unit we sell is genuine", "The lamps we sent were brand new"
    r"\b(our|the|these|those|all|every|each)( [\w-]+){1,3}( (we|i) (sell|sold|sent|ship|shipped|"
    r"supply|supplied|deliver|delivered))? (is|are|was|were) (100 ?% |all |always |completely |"
    r"fully |perfectly )?(genuine|authentic|original|safe|compliant|as described|brand new|new and "
    r"sealed|in perfect condition)\b",
    # "We follow all of Amazon's rules"
    r"\b(we|i) (always |strictly |fully )?(follow|followed|respect|respected|comply with|complied "
    r"with|abide by) (all|every)( of)? (amazon'?s? |the |your )?(rules|policies|guidelines)\b",
    r"\b(we|i) (only|exclusively) (sell|sold|buy|bought|source|sourced|supply) (genuine|authentic|"
    r"original)\b",
    r"\b(we|i) (have )?always (shipped|dispatched|delivered|sold|complied|followed|respected|"
    r"met)\b",
    r"\b(we|i) (do not|don't|cannot|can't|did not|didn't) (understand|know|see) (why|how|what|"
    r"which|the reason)\b",
    r"\b(we|i) (are|am|were|was) (not sure|unsure|unaware|not aware) (why|how|what|which|of the "
    r"reason)\b",
    r"\bno idea (why|how|what)\b",
]
# Words a root cause uses about each reason when it does not name it: compared word by word
# after stemming, with rapidfuzz, only to decide which of several reasons a section answers.
REASON_CUES = {
    "order_defect_rate": ["order defect", "defect rate", "odr", "a to z", "guarantee claim",
                          "chargeback"],
    "late_shipment_rate": ["late", "delay", "dispatch", "ship date", "handling time", "backlog",
                           "on time"],
    "cancellation_rate": ["cancel", "out of stock", "oversold", "stockout"],
    "valid_tracking_rate": ["tracking", "vtr", "first scan"],
    "negative_feedback": ["feedback", "rating", "star", "comment"],
    "undelivered_orders": ["undelivered", "lost", "missing", "never arrived", "never reached",
                           "never got", "not received", "in transit"],
    "inauthentic": ["authentic", "genuine", "counterfeit", "fake", "authorised distributor",
                    "authorized distributor"],
    "condition": ["condition", "damaged", "used", "scratched", "broken", "opened", "returned",
                  "as described", "wrong item", "defective"],
    "intellectual_property": ["trademark", "copyright", "patent", "brand name", "logo",
                              "licence", "license", "rights owner", "photo", "image"],
    "product_safety": ["safety", "unsafe", "test report", "certificate", "ce marking",
                       "conformity", "recall", "hazard", "dangerous"],
    "related_accounts": ["related account", "linked account", "second account",
                         "another account", "same address"],
    "other_policy": ["policy", "code of conduct", "restricted", "prohibited"],
}  # fmt: skip

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = ["e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "no", "approx", "vs", "inc",
                 "ltd", "co", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                 "sept", "oct", "nov", "dec", "u.s", "corp", "fig"]  # fmt: skip
# A line ending with one of these words goes on with the next line.
CONTINUATION_WORDS = ["to", "of", "the", "a", "an", "and", "or", "with", "for", "by", "from",
                      "in", "on", "at", "as", "that", "your", "our", "not", "is", "are", "was",
                      "were", "has", "have", "been", "this", "these"]  # fmt: skip

# --- The linter's word lists -----------------------------------------------------------
# "patterns" fire; "exceptions" are masked out of the sentence first, so ordinary business
# wordings stay quiet. Text between quotation marks (a customer quoted) is never linted.
# The linter finds them by rule code: EMOTIONAL_LANGUAGE is the rule emotional_language.
EMOTIONAL_LANGUAGE = {
    "patterns": [
        r"\bunfair(ly)?\b",
        r"\bunjust(ly)?\b",
        r"\bi beg\b",
        r"\bwe beg\b",
        r"\bbegging\b",
        r"\bplease,? (please|help (me|us)|reinstate|reactivate|give)",
        r"\bdesperate(ly)?\b",
        r"\bdevastat",
        r"\bheartbroken\b",
        r"\bmy only (source of )?income\b",
        r"\bour only (source of )?income\b",
        r"\bmy family (depends|relies)",
        r"\bfeed my (family|children|kids)\b",
        r"\b(so|very|truly|deeply|sincerely|terribly) sorry\b",
        r"\bsorry\b",
        r"\bapologi[sz]e\b",
        r"\bapologies\b",
        r"\bforgive\b",
        r"\bmercy\b",
        r"\bridiculous\b",
        r"\boutrageous\b",
        r"\bfrustrat",
        r"\bangry\b",
        r"\bupset\b",
        r"\bbankrupt",
        r"\bruined?\b",
        r"\bshocked\b",
        r"\bnightmare\b",
        r"!{2,}",
    ],
    "exceptions": [
        r"\bapologies for any delay\b",
        r"\bapologi[sz]ed to (the|each|every|all|our|affected) (buyer|customer)s?\b",
        r"\b(sent|sending|send|offered) (an )?apolog(y|ies)\b",
        r"\bsorry for the inconvenience\b",
        r"\bplease find (attached|enclosed)\b",
        r"\bplease see (attached|the attached)\b",
    ],
}
MARKETING_LANGUAGE = {
    "patterns": [
        r"\b(the )?best quality\b",
        r"\bhighest quality\b",
        r"\btop quality\b",
        r"\bpremium quality\b",
        r"\bsuperior quality\b",
        r"\bexcellent (quality|products?)\b",
        r"\bbest (products?|prices?|brand|seller on)\b",
        r"\bbest (on|in) the market\b",
        r"\b(our )?customers love\b",
        r"\bloved by\b",
        r"\bhappy customers\b",
        r"\bsatisfied customers\b",
        r"\b(five|5)[- ]star (products?|reviews?|service)\b",
        r"\bworld[- ]class\b",
        r"\bindustry[- ]leading\b",
        r"\bmarket leader\b",
        r"\bleading brand\b",
        r"\bnumber one\b",
        r"#1\b",
        r"\bunbeatable\b",
        r"\bunmatched\b",
        r"\baward[- ]winning\b",
        r"\btrusted by\b",
        r"\bwe are proud\b",
        r"\bproud to\b",
        r"\btop[- ]rated\b",
        r"\bamazing\b",
        r"\boutstanding\b",
    ],
    "exceptions": [r"\bbest sellers? rank\b", r"\bbest practices?\b"],
}
OTHER_CASES = {
    "patterns": [
        r"\bcase\s*(id|number|no\.?|n°)?\s*[:#]?\s*\d{5,}",
        r"\bcase\s*#\s*\w+",
        r"\bticket\s*(id|number|no\.?)?\s*[:#]?\s*[A-Z]*\d{3,}",
        r"\b(support|seller support) (case|ticket)s?\b",
        r"\b(my|our|the) (previous|earlier|last|prior|first|other|former) "
        r"(appeals?|cases?|tickets?|submissions?|plans? of action|poas?)\b",
        r"\b(another|other|an earlier|a previous) (open )?(appeal|case|ticket)\b",
        r"\b(already|previously) (appealed|submitted an appeal|opened a case)\b",
        r"\bas (i|we) (explained|wrote|stated|mentioned) (before|previously|earlier)\b",
        r"\breference (number|id)\s*[:#]?\s*\d+",
    ],
    # "in case of a lost parcel" is no reference; "As explained in case ID 158..." is one.
    "exceptions": [
        # "opened 46 Seller Support cases": counting contacts (the problem itself), no reference.
        r"\b\d+ (duplicate |open |separate |new )?(selling partner support |seller support |"
        r"support )?(cases|contacts|tickets)\b",
        r"\bin (this|that|any|each|either|such a) case\b",
        r"\bin case\b(?!\s*(id\b|number|no\b|n°|#|:|\d))",
    ],
}
VAGUE_PROMISE = {
    "patterns": [
        r"\b(do|doing|try) (our|my) (very )?(best|utmost)\b",
        r"\btry (harder|to do better)\b",
        r"\b(will|shall) never happen again\b",
        r"\bwon'?t happen again\b",
        r"\b(will|shall) not happen again\b",
        r"\b(will|shall) not (be )?(repeated|recur)\b",
        r"\bmake sure (this|it) (does not|doesn'?t|never) happens? again\b",
        r"\b(we|i) promise\b",
        r"\b(we|i) (can )?guarantee\b",
        r"\b(be|being) more careful\b",
        r"\bpay more attention\b",
        r"\b(we|i) will (try|attempt) to\b",
        r"\bhopefully\b",
    ],
    "exceptions": [],
}

# Blame on buyers, competitors, the carrier or Amazon: the plan says what went wrong in the
# seller's own process (docs/domain.md, Reinstatement).
BLAME = {
    "patterns": [
        r"\bnot (our|my) fault\b",
        r"\b(was|is|were) (not|never) (our|my) (responsibility|mistake|error)\b",
        r"\b(customer|buyer|carrier|courier|amazon|competitor)s?'?s? (fault|mistake|error)\b",
        r"\b(fault|mistake|error) (of|by|on the part of) (the |a |an |our )?(customers?|buyers?|"
        r"carriers?|courier|amazon|competitors?)\b",
        r"\bblam(e|ed|es|ing)\b",
        r"\b(customers?|buyers?)( who)? (lied|lies|lie|is lying|are lying|made (it|this|that) up|"
        r"invented|faked|abused|abuse|are abusing|is abusing|scammed|tried to scam)\b",
        r"\b(customers?|buyers?) (falsely|wrongly|dishonestly) (claimed|reported|said|stated)\b",
        r"\b(false|fake|malicious|fraudulent|bogus) (complaints?|claims?|reports?|reviews?|"
        r"feedback)\b",
        r"\bcompetitors?\b[\w' ]{0,40}\b(trying|tried|try|want|wanted|attempt\w*|out) to (hurt|"
        r"harm|damage|sabotage|attack|destroy|eliminate|get rid of|remove) (us|our|me)\b",
        r"\b(sabotaged|attacked|targeted) by (a |our |some )?competitors?\b",
        r"\b(amazon|your (system|algorithm|team)) (made a mistake|was wrong|got it wrong|erred)\b",
        r"\b(wrongly|mistakenly|unjustly|wrongfully|incorrectly|unfairly) (deactivated|suspended|"
        r"flagged|removed|blocked|penali[sz]ed)\b",
        r"\b(beyond|outside|out of) our control\b",
        r"\b(carrier|courier|delivery company|postal service) (is|was|were|are) (solely |entirely |"
        r"fully )?(to blame|at fault)\b",
        r"\b(carrier|courier|delivery company|postal service) (is|was|were|are) (solely|entirely|"
        r"fully) responsible\b",
    ],
    "exceptions": [r"\b(do|did|does) not blame\b", r"\b(don't|didn't|doesn't) blame\b"],
}
# Questions to Amazon: the plan answers Amazon, it asks nothing (docs/domain.md).
QUESTIONS_TO_AMAZON = {
    "patterns": [
        r"\bwhy (was|were|has|have|had|did|is|are) (our|my|we|i)\b[^?]*\?",
        r"\bwhy (did|does|do|would|has|have) (you|amazon|your team)\b",
        r"\b(can|could|would|will|do|did|does|should|may) (you|amazon|your team|the team|seller "
        r"performance)\b[^?]*\?",
        r"\b(what|which|how|when|where|who)\b[^?]*\b(you|amazon|your team)\b[^?]*\?",
        r"\b(is|are) there (anything|something|any)\b[^?]*\?",
        r"\b(please|kindly|could you|can you) (let us know|tell us|inform us|advise( us)?|explain"
        r"( to us)?|clarify|confirm)\b",
        r"\bwe (would like|want|wish|need) to (know|understand|be told) (why|which|what|how|the "
        r"reason)\b",
    ],
    # Amazon's own prompts, kept inside a part, and the courteous closing are not questions.
    "exceptions": [
        r"\bwhat (actions|steps|measures|changes) (have|did|will) you (take|taken|make|made)\b",
        r"\bwhat is the root cause\b",
        r"\bhow (will|do) you (prevent|ensure|avoid)\b",
        r"\blet us know (if|should|whether) (you|there)\b",
        r"\bif you (need|require|have)\b",
    ],
}
# The company's story (size, age, experience, record): Amazon reads facts about the problem.
COMPANY_BIOGRAPHY = {
    "patterns": [
        r"\b(we are|we're|i am|i'm|our company is|our business is) an? ([\w-]+ ){0,4}(business|"
        r"company|firm|enterprise)\b",
        r"\bfamily[- ](business|company|firm|owned|run)\b",
        r"\b(with|have|has|having|bring|of) (over |more than |almost |nearly |about )?(\d+|[a-z-]+)"
        r"\+? years? (of|in) (experience|business|the (industry|business|trade|market)|"
        r"e-?commerce|retail)\b",
        r"\b(founded|established) (in|since) (19|20)\d\d\b",
        r"\b(company|business|shop|store) (was )?(created|started|set up) in (19|20)\d\d\b",
        r"\b(have been|has been|'ve been) (selling|trading|in business|operating|active) (on amazon"
        r" |on [\w.]+ )?(since (19|20)\d\d|for (over |more than |almost |nearly |about )?(\d+|"
        r"[a-z-]+) years)\b",
        r"\b(spotless|excellent|perfect|flawless|clean|impeccable|unblemished) (track )?record\b",
    ],
    "exceptions": [],
}
