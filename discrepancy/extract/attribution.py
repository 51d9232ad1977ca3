"""Who said it: the source a sentence credits with a claim ('according to X', 'X said').

Every kind of claim carries an attribution, and the rule for choosing it (the nearest before the
claim, or one closing the sentence) is the same for all, so it lives on its own.
"""

from __future__ import annotations

import regex

from discrepancy.extract.text import _Text

# Who said it: "according to local media", ", police said", "Ukraine's air force reported".
# "claimed" reports speech, but "the storm claimed three lives" takes a toll: not before a number.
_SAID = (
    r"(?:said|says|say|reported|reports|(?:claimed|claims)(?!\s+(?:the\s+lives|\d|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|dozens|hundreds|at\s+least|more\s+than))"
    r"|confirmed|announced|told|estimated|estimates|counted)\b"
)
_ATTRIBUTION = regex.compile(
    r"according to ((?:the )?[\w'.\- ]{2,60}?)(?=[,;]|(?<!\b\p{Lu})\.|$)"
    r"|(?:^|,\s*)((?:the |an? )?[\w'.\-]+(?: [\w'.\-]+){0,4}?)(?:, [^,;]{2,60},)? "
    + _SAID
    + r"|((?:the |\p{Lu})[\w'.\-]*(?: [\w'.\-]+){0,5}?) "
    + _SAID,
    regex.VERSION1,
)

_NAMED_BEFORE = regex.compile(
    r"((?:the\s+)?(?:[\p{Lu}&][\w'&.\-]*\s+){0,5}[\w'&.\-]+),\s*$", regex.VERSION1
)
_CONTRAST = regex.compile(r"\b(?:while|whereas|but|although|though)\b", regex.I)


def _attribution(text: _Text, index: int, span: tuple[int, int]) -> str:
    """Who the sentence says stated the claim: 'according to X' anywhere, 'X said' before the
    claim, or ', X said.' closing the sentence after it. In 'Two were killed, and the air
    force reported downing 88 drones' the air force vouches for the drones only."""
    sentence = text.sentences[index]
    chosen: regex.Match[str] | None = None
    lo_at, hi_at = text.around(sentence, span)
    for match in _ATTRIBUTION.finditer(text.body, lo_at, hi_at, overlapped=True):
        closing = text.words_between(match.end(), sentence.end) <= 3
        if match.group(1):
            lo, hi = sorted((match.start(), span[0]))
        else:
            lo, hi = match.end(), span[0]
        if lo < hi and _CONTRAST.search(text.body, lo, hi) and (match.group(1) or hi == span[0]):
            # "45,000, the police estimated, while the organisers said 120,000": each its own
            continue
        if match.group(1) or match.end() <= span[0]:
            if chosen is None or match.end() != chosen.end() or match.start() < chosen.start():
                chosen = match  # the nearest before the claim, said in full
        elif chosen is None and match.start() >= span[1] and closing:
            chosen = match
    if chosen is None:
        return ""
    who = (chosen.group(1) or chosen.group(2) or chosen.group(3) or "").strip()
    if who.lower() in ("which", "who"):
        # "organised by the Save Eastport campaign, which says 12,000": the one named before
        group = next(g for g in (1, 2, 3) if chosen.group(g))
        named = _NAMED_BEFORE.search(text.body, sentence.start, chosen.start(group))
        who = named.group(1) if named else who
    who = regex.sub(r"\s+(?:have|has|had|had also|also|have also|has also)$", "", who)
    return regex.sub(r"^(?:and|but|while|as)\s+", "", who, flags=regex.IGNORECASE)
