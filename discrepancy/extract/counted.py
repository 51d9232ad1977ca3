"""What a number counts, and which trigger word it belongs to.

The noun after a figure ('five adults'), whether the figure is only part of a set ('two of the
dead') or describes a noun before it ('aged 15 and 16'), and the nearest rule trigger in its
clause. Kept apart from `counts`, which turns these pairings into claims.
"""

from __future__ import annotations

import regex

from discrepancy.extract._common import _GIVES_A_FIGURE, MAX_TRIGGER_DISTANCE, NUMBER_WORDS
from discrepancy.extract.events import _narrowing_category
from discrepancy.extract.rules import Phrase
from discrepancy.extract.text import _COMMA_COST, _Text
from discrepancy.model import Quantity
from discrepancy.rulebook import Rule

# How far (in words) a number may stand from the noun it counts.
MAX_NOUN_DISTANCE = 5
# A self-counting word after its number stands right by it: "7 dead", "40 injured".
MAX_SELF_COUNTING_AFTER = 1

# Only "its": an organisation's members. "Three of their children" is part of a family's dead.
_OWN = regex.compile(r"(?<=\bits)\s+([\w\-]+)(?:\s+([\w\-]+))?", regex.I)


def _counts_its_own(text: _Text, pos: int) -> bool:
    """'4,200 of its members joined the walkout' counts members: 'of its' names whose, not
    a larger set the figure is part of ('two of the dead')."""
    own = text.match_at(_OWN, pos)
    if own is None:
        return False
    first = own.group(1).lower()
    pair = f"{first} {(own.group(2) or '').lower()}"
    return first in text.rules.nouns or pair in text.rules.nouns


_REACHES = regex.compile(rf"\b(?:{_GIVES_A_FIGURE}|is\s+now|was\s+now|hit)\s+$", regex.I)

_AUXILIARIES = regex.compile(
    r"\s+(?:(?:have|has|had|were|was|are|is|had\s+also|have\s+also)(?:\s+been)?|been)\s+",
    regex.I,
)

# "the other eight", "the remaining five": set against the figure a trigger before counted.
_THE_OTHER = regex.compile(r"\bthe\s+(?:other|remaining)\s+$", regex.I)

# "The number of people killed in the crush has risen to eight": the trigger names the count.
# "the number of dead", "the number of pilgrims who have died": what the figure after counts.
_NUMBER_OF = regex.compile(
    r"\bnumber\s+of\s+(?:(?:people|those)\s+"
    r"|[\p{L}\-]+\s+(?:who|that)\s+(?:(?:have|has|had|were|was)\s+)?(?:been\s+)?)?$",
    regex.I,
)

_CONJUNCTION = regex.compile(r"\b(?:and|but|while|whereas)\b", regex.I)
# "ages 15 and 16", "aged between 21 and 38": ages, not counts.
_AGE_CUE = regex.compile(
    r"\b(?:ages?|aged|ranging in age)\s+(?:of\s+|between\s+|from\s+)?(?:\d+\s*(?:and|to|-)\s*)?$",
    regex.I,
)


def _describes_a_noun_before(text: _Text, quantity: Quantity, *, has_noun: bool) -> bool:
    """English counts before the noun ('five adults'); a figure right after one ('adults
    between 21 and 38', 'ages 15 and 16') describes it: an age, a range, not how many."""
    before = text.body[max(0, quantity.start - 30) : quantity.start]
    if _AGE_CUE.search(before):
        return True
    if has_noun:
        return False
    words = before.split()
    last = words[-1].lower() if words else ""
    return last in text.rules.nouns  # "adults, 21" is an apposition: the comma keeps it out


_A_NUMBER_WORD = regex.compile(NUMBER_WORDS, regex.I)
# A share of what the trigger names, after the number: "most of the dead", "half of those hurt".
_SOME_OF = regex.compile(
    r"\b(?:most|some|many|all|half|none|few|several|each|both|any|majority|rest|part)"
    r"\s+of\s+(?:the|those|them|these)\s+$",
    regex.I,
)
_ITS_OWN_NUMBER = regex.compile(
    r"(?<![\w\-])(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|\w+teen|twenty|thirty|forty|fifty)\s+(?:more\s+|other\s+)?$",
    regex.I,
)


def _counted_noun(text: _Text, pos: int) -> tuple[int, int, str] | None:
    """The noun a number counts: the first counted word within a few words after it."""
    words = list(text.words_after(pos, MAX_NOUN_DISTANCE))
    for i, (start, _end, word) in enumerate(words):
        if "," in text.body[pos if i == 0 else words[i - 1][1] : start]:
            words = words[:i]  # "23 bodies, officials said": a noun past a comma counts nothing
            break
        if _A_NUMBER_WORD.fullmatch(word):
            words = words[:i]  # "rose to 19 after five injured passengers": the five's noun
            break
    for i, (start, end, word) in enumerate(words):
        if i + 1 < len(words):
            pair = f"{word} {words[i + 1][2]}"
            if pair in text.rules.nouns:
                return start, words[i + 1][1], pair
        if word in text.rules.nouns:
            if not _ONE_BEFORE.search(text.body, max(0, pos - 5), pos) and _names_another_noun(
                text, word, words[i + 1 :], end
            ):
                return None  # "two passenger trains collided": the two are trains
            return start, end, word
    return None


# "a volunteer firefighter has died": a verb after a singular count, no plural noun.
_ONE_BEFORE = regex.compile(r"\b(?i:one|a|an|1)\s*$")


def _names_another_noun(text: _Text, word: str, rest: list[tuple[int, int, str]], end: int) -> bool:
    """A person's word in the singular right before a plural noun that counts no one is that
    noun's modifier, after a number above one: "two passenger trains", "three police cars"."""
    if not rest or f"{word}s" not in text.rules.nouns:
        return False
    start, _, following = rest[0]
    joined = text.body[end:start].strip() == ""
    return joined and following.endswith("s") and following not in text.rules.nouns


def _nearest_trigger(
    text: _Text, span: tuple[int, int], noun: str, *, rate: bool, after: int = -1
) -> tuple[Rule, Phrase] | None:
    """The rule and trigger word a number belongs to; with `after`, only a trigger from there
    on ("eight of those arrested had been charged": 'charged', not 'arrested')."""
    sentence = text.sentences[text.sentence_of(span[0])]
    reaches = _REACHES.search(text.body, max(sentence.start, span[0] - 30), span[0]) is not None
    candidates = []
    for phrase in text.phrases_near(sentence, span):
        if phrase.start < after or not text.same_clause(phrase.start, span[0]):
            continue
        if phrase.start > span[1] and _in_another_s_clause(text, span[1], phrase.start):
            continue  # "a crew of three and their patient, a rancher who had been hurt"
        own = _ITS_OWN_NUMBER.search(text.body, max(0, phrase.start - 16), phrase.start)
        if own is not None and own.start() >= span[1]:
            continue  # "rose to 19 after five injured passengers died": 'injured' is the five's
        if phrase.start > span[1] and _SOME_OF.search(
            text.body, max(0, phrase.start - 24), phrase.start
        ):
            continue  # "50,000 pilgrims had permits, and most of the dead had none": some dead
        if noun and _describes_the_noun(text, span, phrase, noun):
            continue  # "after three injured fans died": the fans died; 'injured' says which
        # "six died" (the number is the verb's subject) or "injuring 15," (its object).
        elliptical = not noun and (
            _ELLIPTICAL_GAP.fullmatch(text.body, span[1], phrase.start)
            or (_is_a_verb(phrase.text) and _OBJECT_GAP.fullmatch(text.body, phrase.end, span[0]))
        )
        number_of = _NUMBER_OF.search(
            text.body, max(sentence.start, phrase.start - 30), phrase.start
        )
        if not noun and _counts_a_thing(text, span, phrase):
            continue  # "400 dead birds", "3,000 dead fish": no one's toll
        for rule in text.rules.triggers.get(phrase.text, ()):
            if rule.kind != "count" or rule.rate != rate:
                continue
            # "Twenty-two were rescued alive and six died": the number is the verb's subject,
            # and a count of people needs no noun to say so.
            people = elliptical or (number_of and reaches)
            if not (_counts(rule, noun, phrase) or (people and "people" in rule.counted)):
                continue
            narrowed = rule.narrows(phrase.text)
            if narrowed and not rule.serves_in(phrase.text, _narrowing_category(text, span)):
                continue  # "freed 390 prisoners" in a swap: no one rescued
            distance = text.distance(span, (phrase.start, phrase.end))
            if _RELATIVE_THEN_VERB.fullmatch(text.body, span[1], phrase.start):
                distance = 1  # "inmates who broke out on Saturday are back in custody"
            if _AN_ASIDE_OF_SOME.fullmatch(text.body, span[1], phrase.start):
                distance = 1  # "Nine devotees, including four women and a boy, died"
            before = phrase.start < span[0]
            if before and _THE_OTHER.search(text.body, max(0, span[0] - 16), span[0]):
                continue  # "three were found dead and the other eight ...": not the dead
            if before and _CONJUNCTION.search(text.body, phrase.end, span[0]):
                # "Two were killed and at least five others were wounded": past the 'and'
                # the number starts a clause of its own.
                distance += _COMMA_COST
            limit = MAX_TRIGGER_DISTANCE if noun or before else MAX_SELF_COUNTING_AFTER
            if not noun and not before and _AUXILIARIES.fullmatch(text.body, span[1], phrase.start):
                limit = distance  # "8,000 have been evacuated": the verb's helpers sit between
            if (
                before
                and reaches
                and (
                    noun
                    or phrase.text in rule.self_counting
                    or _NUMBER_OF.search(
                        text.body, max(sentence.start, phrase.start - 30), phrase.start
                    )
                )
            ):
                # "the toll from Tuesday's quake rose to 8", "the number without power ...
                # peaking at 780,000 customers"
                limit = 2 * MAX_TRIGGER_DISTANCE
                if phrase.text in rule.self_counting and _no_number_between(text, phrase, span):
                    # "The death toll from a tornado that struck the small town of Carver
                    # Springs on Tuesday night has risen to seven": the toll's, however long
                    # the way, when no other figure stands between.
                    limit = 3 * MAX_TRIGGER_DISTANCE
            if distance <= limit:
                # A verb before its object ("killing one woman") beats one further on.
                candidates.append((distance, phrase.start > span[0], rule.id, rule, phrase))
    if not candidates:
        return None
    best = min(candidates, key=lambda c: c[:3])
    return best[3], best[4]


# A relative clause between a counted noun and its own verb: "Five of the seven inmates who
# broke out of the prison early Saturday are back in custody".
_RELATIVE_THEN_VERB = regex.compile(
    r"\s+(?:who|that)\s+(?!(?:have|has|had|were|was|are|is)\b(?!\s+being\b))[^,.;:]{1,90}?"
    r"\s+(?:are|were|is|was|have|has|had)(?:\s+(?:been|now|still|also|since))*\s+",
    regex.I,
)


def _no_number_between(text: _Text, phrase: Phrase, span: tuple[int, int]) -> bool:
    """No other figure between a toll and its number; a quake's magnitude counts nothing."""
    between = _A_MAGNITUDE.sub(" ", text.body[phrase.end : span[0]])
    return _A_NUMBER.search(between) is None


_A_MAGNITUDE = regex.compile(
    r"\bmagnitude[\s\-]+\d+(?:\.\d+)?|\b\d+(?:\.\d+)?[\s\-]+magnitude", regex.I
)


_A_NUMBER = regex.compile(rf"\d|\b(?:{NUMBER_WORDS})\b", regex.I)


def _describes_the_noun(text: _Text, span: tuple[int, int], phrase: Phrase, noun: str) -> bool:
    """'three injured fans died in hospital': a trigger between a number and its noun, with
    another trigger as the noun's verb, only says which ones are counted."""
    if phrase.start < span[1] or text.body[span[1] : phrase.start].strip():
        return False
    following = next(text.words_after(phrase.end, 1), None)
    if following is None or following[2] != noun.split()[0]:
        return False
    noun_end = following[0] + len(noun)
    if text.body[following[0] : noun_end].lower() != noun:
        return False
    gap = text.match_at(_ELLIPTICAL_GAP, noun_end)
    verb_at = gap.end() if gap else noun_end
    return any(
        p.start == verb_at and text.rules.triggers.get(p.text) for p in text.phrases_at(verb_at)
    )


# Between a bare number and its verb: auxiliaries and a few adverbs ("six were later found dead").
_ELLIPTICAL_GAP = regex.compile(
    # "seven more remain missing", "two others were hurt": the count of the verb's subject
    r"\s+(?:(?:more|others|other|further)\s+)?"
    r"(?:(?:have|has|had|were|was|are|is|remain|remained|remains)\s+)?"
    r"(?:(?:been|also|later|now|still|since|reportedly|confirmed|feared)\s+){0,2}",
    regex.I,
)


# Words that may follow a bare count of people: verbs, auxiliaries, prepositions, linking words.
_AFTER_A_BARE_COUNT = frozenset(
    """
    were was are is have has had remain remained remains died dead killed injured wounded hurt
    missing more others other of in on at and or but to from by with as including among who
    which that had been still also later now reportedly more than people others were each
    apiece per a an the this these those their his her its after before during since while
    when where across near outside inside following amid
    """.split()
)


def _counts_another_noun(text: _Text, pos: int) -> bool:
    """Does the word right after a number say what it counts ('one side', 'three floors')?"""
    following = next(text.words_after(pos, 1), None)
    if following is None or text.body[pos : following[0]].strip():
        return False  # a comma or a dash between: nothing named
    word = following[2]
    if not word.isalpha() or word in _AFTER_A_BARE_COUNT or word.endswith("ed"):
        return False
    return not text.phrases_at(following[0])


def _is_a_verb(word: str) -> bool:
    """'killing', 'injured', 'kills' take an object; 'before' ('just before five') does not."""
    return word.isalpha() and word.endswith(("ing", "ed", "s"))


_OBJECT_GAP = regex.compile(r"\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+)?")


_WHO = regex.compile(r"\b(?:who|whom|whose)\b", regex.I)
_A_WORD = regex.compile(r"\w")


def _in_another_s_clause(text: _Text, noun_end: int, trigger_at: int) -> bool:
    """A trigger in a relative clause of someone named after the figure's noun is theirs: "three
    and their patient, a rancher who had been hurt". ("Three people who were hurt" is theirs.)"""
    who = _WHO.search(text.body, noun_end, trigger_at)
    return who is not None and _A_WORD.search(text.body, noun_end, who.start()) is not None


# Words that may follow "seven dead" and still leave the dead people: verbs, prepositions.
_AFTER_THE_DEAD = frozenset(
    """
    and or in on at after as by from since including with were was are is have has had
    so far the of among when while before into across near to
    """.split()
)


def _counts_a_thing(text: _Text, span: tuple[int, int], phrase: Phrase) -> bool:
    """'400 dead birds': a word that counts people on its own, set right after the number as an
    adjective of a noun that counts no one."""
    if text.body[span[1] : phrase.start].strip():
        return False
    following = next(text.words_after(phrase.end, 1), None)
    if following is None or text.body[phrase.end : following[0]].strip():
        return False
    word = following[2]
    return (
        word.islower()
        and word.endswith("s")
        and word not in text.rules.nouns
        and word not in _AFTER_THE_DEAD
    )


# An aside naming some of those counted, between the count and its verb.
_AN_ASIDE_OF_SOME = regex.compile(
    r"[ \t]*,[ \t]*(?:including|among[ \t]+them|most[ \t]+of[ \t]+them|many[ \t]+of[ \t]+them)"
    r"\b[^,;.:]{1,80},[ \t]*(?:[\w\-]+[ \t]+){0,2}",
    regex.I,
)


def _counts(rule: Rule, noun: str, phrase: Phrase) -> bool:
    if not noun:
        return phrase.text in rule.self_counting
    if not rule.counted or noun in rule.counted:
        return True
    # "crew members" counts crew, "cabin crew" counts crew: a two-word noun named by one word
    words = noun.split()
    return len(words) == 2 and (words[0] in rule.counted or words[1] in rule.counted)
