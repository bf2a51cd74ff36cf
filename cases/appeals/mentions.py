"""Which reasons a sentence really speaks about.

A notice names the reasons for a deactivation, but also mentions others in passing: help
links ("learn more about our intellectual property policy"), examples, threats about the
future, definitions of a metric ("ODR is the percentage of orders with negative feedback,
A-to-z claims or chargebacks") and denials ("this is not related to intellectual property").
Only the first kind are reasons. The same reading serves the plan of action: a root cause that
says "this was not caused by late shipments" does not address the late shipment rate.
"""

from . import lexicon

# A mention farther than this after a denial's subject is not covered by it.
NEGATION_AFTER_REACH = 50


def _clause_start(folded, position):
    start = 0
    for match in lexicon.any_of("CLAUSE_BREAKS").finditer(folded, 0, position):
        start = match.end()
    return start


def _clause_end(folded, position):
    match = lexicon.any_of("CLAUSE_BREAKS").search(folded, position)
    return match.start() if match else len(folded)


def is_denied(folded, start, end):
    """Whether the mention at [start, end) is denied within its clause."""
    before = folded[_clause_start(folded, start) : start]
    if lexicon.any_of("NEGATION_BEFORE").search(before):
        return True
    after = folded[end : min(_clause_end(folded, end), end + NEGATION_AFTER_REACH)]
    return bool(lexicon.any_of("NEGATION_AFTER").search(after))


def is_passing(sentence):
    """Whether the sentence only mentions policies in passing (help link, example, threat,
    definition)."""
    folded = lexicon.fold(sentence)
    return bool(
        lexicon.any_of("PASSING_CUES").search(folded)
        or lexicon.any_of("DEFINITION_CUES").search(folded)
    )


def _first_mentions(folded, patterns):
    """{code: offset} of the first mention of each reason that is not denied."""
    found = {}
    for code, pattern in patterns.items():
        for match in pattern.finditer(folded):
            if not is_denied(folded, match.start(), match.end()):
                found[code] = match.start()
                break
    return found


def reason_mentions(sentence, include_passing=False):
    """[(code, offset)] of the reasons the sentence asserts, first mention of each.

    `include_passing` (the plan of action's reading) also counts passing mentions and Amazon's
    template wordings ("complaints about the condition of an item").
    """
    folded = lexicon.fold(sentence)
    if not include_passing and is_passing(sentence):
        return []
    found = _first_mentions(folded, lexicon.keyed("REASON_PATTERNS"))
    if include_passing:
        template = _first_mentions(folded, lexicon.keyed("TEMPLATE_REASON_PATTERNS"))
        for code, offset in template.items():
            found[code] = min(offset, found.get(code, offset))
    return sorted(found.items(), key=lambda item: item[1])


def template_mentions(sentence):
    """Reasons named only by a wording Amazon puts in every notice of its kind: "a buyer
    complaint about the condition of an item" heads inauthentic-item complaints too."""
    if is_passing(sentence):
        return []
    found = _first_mentions(lexicon.fold(sentence), lexicon.keyed("TEMPLATE_REASON_PATTERNS"))
    return sorted(found.items(), key=lambda item: item[1])


def policy_violation_mentioned(sentence):
    """A general policy violation with no precise reason: the other_policy fallback."""
    folded = lexicon.fold(sentence)
    if is_passing(sentence):
        return False
    return any(
        not is_denied(folded, match.start(), match.end())
        for match in lexicon.any_of("OTHER_POLICY_FALLBACK").finditer(folded)
    )


def reasons_in(sentences):
    """Reason codes asserted by the sentences, in order of first appearance."""
    codes = []
    for sentence in sentences:
        codes += [code for code, _ in reason_mentions(sentence) if code not in codes]
    if not codes:
        for sentence in sentences:
            codes += [code for code, _ in template_mentions(sentence) if code not in codes]
    if not codes and any(policy_violation_mentioned(sentence) for sentence in sentences):
        codes.append("other_policy")
    return codes
