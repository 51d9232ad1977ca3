"""Whose figure it is: the person, role, party or team a per-person claim belongs to.

An age is the suspect's or the driver's; a vote share is a candidate's or a party's; a score is
two teams'. Also drops per-person claims an article leaves in doubt (one key, two values).
Separate because finding people and roles is a job of its own, used by counts and measures.
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date, timedelta

import regex

from discrepancy.extract._common import (
    _COMMON_OPENERS,
    _DETERMINERS,
    _NOT_PLACES,
    _UNDATED_LEAD_DAYS,
)
from discrepancy.extract.text import _Sentence, _Text
from discrepancy.model import FATE_MARK, PLACE_MARK, Claim, Day

_SUBJECT_DISTANCE = 4


def _subject(text: _Text, span: tuple[int, int], index: int, *, proper: bool = True) -> str:
    """Whose figure it is; several keys joined by '|'.

    An age belongs to the person or one-person role ('suspect', 'driver') right by it. Other
    per-person figures belong to the person who is the clause's subject: the nearest named
    before the figure ('Maria Lopez won the election on Tuesday with 52.1%'), else one right
    after it; failing a person, a proper name (a party, a team)."""
    sentence = text.sentences[index]
    people = _people_in(text, sentence)
    if proper:
        before = [p for p in people if p[1] <= span[0] and text.same_clause(p[0], span[0])]
        after = [p for p in people if p[0] >= span[1] and _near(text, span, p[:2])]
        if not before and after and _proper_subjects(text, span, sentence):
            after = []  # "The Social Democrats took 52 seats, the Green Left a dozen": theirs
        chosen = before[-1:] or after[:1]
    else:  # an age: the one person standing nearest it, not one joined to it by 'and'
        near = [
            p
            for p in people
            if _near(text, span, p[:2])
            and not _joined(text, span, p[:2])
            # "the 20-year-old from Brackley Green": a place; "bought it from Ramesh Paswan,
            # 48,": the age set after a name is its owner's, whatever stands before the name
            and not (p[0] > span[0] and _A_PLACE_BEFORE.search(text.body, max(0, p[0] - 6), p[0]))
            # "its partner, the Partidul National Reformist, 79": a party or a body, no person
            and not _THE_BEFORE.search(text.body, max(0, p[0] - 4), p[0])
        ]
        chosen = sorted(near, key=lambda p: text.distance(span, p[:2]))[:1]
        bracketed = [
            p
            for p in people
            if _BRACKET_BETWEEN.fullmatch(text.body, p[1], span[0])
            or (p in near and _COMMA_BETWEEN.fullmatch(text.body, p[1], span[0]))
        ]
        if bracketed:  # "Haresh Bhanushali (54)", "Daisuke Hamada, 41, [...] from Sakai, Osaka
            chosen = bracketed[-1:]  # Prefecture": the name the age is set right after
        named = text.match_at(_AGED_THEN_NAMED, span[1])
        if named is not None:  # "a 67-year-old man, Graham Petersen, was killed": his
            chosen = [p for p in people if p[0] == named.end()][:1] or chosen
    keys = [key for _, _, key in chosen]
    vocab = text.rules.rulebook.vocab
    roles, cues = vocab.get("roles", frozenset()), vocab.get("suspect_cues", frozenset())
    for start, _, _ in chosen:  # "The driver, named locally as Marek Zielinski, 56"
        role = _APPOSED_ROLE.search(text.body, sentence.start, start)
        if role and role.group("role").lower() in roles:
            keys.append(role.group("role").lower())
    for start, end, word in _words_in(text, sentence):
        if (
            word in roles
            and _near(text, span, (start, end))
            and not _joined(text, span, (start, end))
        ):
            keys.append(word)  # "the driver and an 11-year-old boy": two people, not one
            if word in vocab.get("suspect_roles", frozenset()):
                keys.append("suspect")  # "the gunman, 19" meets "the suspect, 19"
        elif (
            word in cues
            and text.same_clause(span[0], start)
            and "suspect" not in keys
            and not _ANOTHER_ONE.search(text.body, max(sentence.start, span[0] - 30), span[0])
        ):
            # the one arrested or charged is the suspect; "a second man, aged 22, was
            # arrested" is someone else
            keys.append("suspect")
    if not proper:
        named_as = text.match_at(_IDENTIFIED_AS, span[1], sentence.end)
        if named_as is not None and named_as.group("role").lower() in roles:
            # "a 26-year-old Egyptian man identified by survivors as the captain"
            keys.append(named_as.group("role").lower())
    if not keys and proper:  # a side of a referendum: "58.4 per cent voted no"
        keys.extend(_side_of_the_vote(text, span, sentence))
    if not keys and proper:  # a party or a team; never for an age (people are named)
        keys.extend(_proper_subjects(text, span, sentence))
    if not keys and proper and _ITS.search(text.body, sentence.start, span[0]):
        # "The Civic Union is projected to win 74 seats. [...] Its share of the vote, 34 per
        # cent", "The party took 31.4 percent": the party a sentence just before opened on
        for back in range(index - 1, max(-1, index - 4), -1):
            found = _opening_name(text, text.sentences[back])
            if found:
                keys.extend(found)
                break
    if (
        not keys
        and not proper
        and (
            text.match_at(_PRONOUN_OPENS, sentence.start, span[0])
            or (
                _THE_AGED.search(text.body, max(sentence.start, span[0] - 5), span[0])
                and _said_of_a_person(text, span[1])
            )
        )
    ):
        # "She's a forty-nine-year-old ...", "the 55-year-old former mayor": the person just
        # named; "the 53-year-old prime minister": the one the article names by that office
        keys.extend(
            _office_holder(text, _office_after(text, span[1]), index)
            or _person_just_before(text, index)
        )
    if not keys and not proper:
        # "The prime minister, 58, said", "The governor, who is fifty-eight": the one the
        # article names by that office
        keys.extend(_office_holder(text, _office_before(text, span[0], sentence), index))
    if not keys and not proper:
        keys.extend(_someone_somewhere(text, span, sentence))
        keys.extend(_someone_by_fate(text, span, sentence))
    if not keys and not proper:
        keys.extend(_someone_by_trade(text, span))
    return "|".join(dict.fromkeys(keys))


# Words for anyone: a 34-year-old woman in one report and a 43-year-old woman in another may
# be two people; a 67-year-old fisherman and a 76-year-old fisherman in one story are one.
_ANYONE = frozenset(
    "man woman boy girl child person baby toddler teenager teen youth adult resident "
    "passenger victim mother father son daughter wife husband brother sister".split()
)


def _someone_by_trade(text: _Text, span: tuple[int, int]) -> list[str]:
    """'a 67-year-old fisherman': the one fisherman the article gives an age, by his trade;
    not when it gives two of them ages."""
    before = text.body[max(0, span[0] - 4) : span[0]]
    if not regex.search(r"\b(?i:an?|the)\s+$", before):
        return []
    who = _aged_trade(text, span[1])
    if not who or who in _ANYONE or who.endswith("s"):
        return []
    return [f"{who}{_TRADE_MARK}"] if _aged_trades(text)[who] == 1 else []


@functools.lru_cache(maxsize=1)  # the article being read; no older one is kept alive
def _aged_trades(text: _Text) -> Counter[str]:
    """How many ages the article gives each word for a person: read once per article, not
    once per age (a page of ten thousand ages must not cost their square)."""
    return Counter(_aged_trade(text, q.end) for q in text.quantities if q.kind == "age")


# A people's name before the word for the person: "a 34-year-old German woman".
_A_PEOPLE_S_NAME = r"(?:\s+\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|an|ch|i))?"
# How many words may describe the work before the word for the person: "sugar cane cutter".
_TRADE_REACH = 3
# "a 34-year-old plant operator", "the 45-year-old engine driver": the words after an age, past
# a people's name, up to whatever is no part of the noun (a comma, "who", "from", a verb).
_TRADE_WORDS = regex.compile(rf"{_A_PEOPLE_S_NAME}((?:\s+[\p{{L}}\-]+){{1,3}})", regex.VERSION1)
_NO_PART_OF_A_NOUN = frozenset(
    "who whom whose that which from in at of on near with was were is had has and or but "
    "for to by as".split()
)


def _aged_trade(text: _Text, at: int) -> str:
    """The word for the person an age is given to, by their work or as anyone: 'a 34-year-old
    plant operator' -> operator, 'a 58-year-old sugar cane cutter' -> cutter, 'a 34-year-old
    woman' -> woman."""
    found = text.match_at(_TRADE_WORDS, at)
    if found is None:
        return ""
    vocab = text.rules.rulebook.vocab
    known = vocab.get("people", frozenset()) | vocab.get("trades", frozenset())
    who = ""
    for word in found.group(1).split()[:_TRADE_REACH]:
        lowered = word.lower()
        if lowered in _NO_PART_OF_A_NOUN or lowered.endswith("ed"):
            break  # "the 43-year-old plant operator injured near the valve"
        if lowered in known:
            who = lowered
    return who


_TRADE_MARK = "#trade"


# "a 28-year-old Egyptian whom survivors identified as the captain", "a 26-year-old man
# identified by survivors as the captain": the role the age's owner is known by.
_IDENTIFIED_AS = regex.compile(
    r"(?:[ \t]+[\p{L}\-]+){0,2}?[ \t]+(?:(?:whom|who)[ \t]+(?:[\p{L}\-]+[ \t]+){1,2}?)?"
    r"(?:identified|named|described)(?:[ \t]+by(?:[ \t]+[\p{L}\-]+){1,3}?)?"
    r"[ \t]+as[ \t]+the[ \t]+(?P<role>[\p{L}\-]+)",
    regex.VERSION1,
)
# "a 67-year-old man, Graham Petersen,", "a 24-year-old man from Birmingham, named by police
# as Tomasz Wierzbicki,": the name set beside the age is its owner's.
_AGED_THEN_NAMED = regex.compile(
    r"[ \t]+[\w\-]+(?:[ \t]+from[ \t]+\p{Lu}[\p{L}\-]+)?,[ \t]+"
    r"(?:(?:who[ \t]+was[ \t]+)?(?:named|identified)(?:[ \t]+[\w\-]+){0,3}?[ \t]+as[ \t]+)?"
    r"(?=\p{Lu})",
    regex.VERSION1,
)
# "an 82-year-old man discovered in his apartment in Bari": someone unnamed, known by what he
# is and where: "a seventy-eight-year-old man found in his apartment in Bari" is the same man.
# The word for the person, past a people's name: "a 34-year-old German woman".
_UNNAMED = regex.compile(rf"{_A_PEOPLE_S_NAME}\s+([\w\-]+)\b", regex.VERSION1)
_PLACE_IN_CLAUSE = regex.compile(
    r"\b(?:in|at|near|outside|from)\s+(?:(?:his|her|their|a|the)\s+[\w\-]+\s+(?:in|at)\s+)?"
    r"(\p{Lu}[\p{L}'\-]+)",
    regex.VERSION1,
)


def _someone_somewhere(text: _Text, span: tuple[int, int], sentence: _Sentence) -> list[str]:
    before = text.body[max(sentence.start, span[0] - 4) : span[0]]
    if not regex.search(r"\b(?i:an?)\s+$", before):
        return []  # only "a 67-year-old farmer": "the 67-year-old" is someone named before
    noun = text.match_at(_UNNAMED, span[1])
    people = text.rules.rulebook.vocab.get("people", frozenset())
    if noun is None or noun.group(1).lower() not in people:
        return []
    who = noun.group(1).lower()
    for place in _PLACE_IN_CLAUSE.finditer(text.body, noun.end(), sentence.end):
        if (
            text.same_clause(noun.end(), place.start())
            and text.words_between(noun.end(), place.start()) <= 8
        ):
            where = place.group(1).lower().removesuffix("'s")
            return [f"{who}{PLACE_MARK}{where}"]
    return []


# What befell an unnamed person, by the rule whose word tells it (a rule file's `fate = true`):
# "a 67-year-old farmer was killed", "among the dead were a 34-year-old German woman". The
# arrested are 'suspect' already.
# Words of a count, not of a person's fate: "a woman who lives in Munich", "the toll".
_NO_FATE = frozenset({"lives", "life", "toll", "death toll", "tolls"})
# How far the word of the fate may stand from the age, in words.
_FATE_REACH = 10


def _someone_by_fate(text: _Text, span: tuple[int, int], sentence: _Sentence) -> list[str]:
    """'A 67-year-old farmer was killed': the one farmer the article says was killed. If the
    article gives two such farmers two ages, neither is kept (see `_unambiguous`)."""
    before = text.body[max(sentence.start, span[0] - 4) : span[0]]
    if not regex.search(r"\b(?i:an?)\s+$", before):
        return []
    noun = text.match_at(_UNNAMED, span[1])
    people = text.rules.rulebook.vocab.get("people", frozenset())
    if noun is None or noun.group(1).lower() not in people or noun.group(1).endswith("s"):
        return []  # "a 34-year-old woman", never "two 17-year-old boys"
    who = noun.group(1).lower()
    if any(
        q.kind == "age" and q.start != span[0] and _aged_noun(text, q.end) == who
        for q in text.quantities_in(sentence, span)
    ):
        return []  # "the dead are a 52-year-old man ... and a 34-year-old man": whose fate?
    fates = [
        (text.distance(span, (phrase.start, phrase.end)), rule.id)
        for phrase in text.phrases_near(sentence, span)
        if text.same_clause(phrase.start, span[0]) and phrase.text.lower() not in _NO_FATE
        for rule in text.rules.triggers.get(phrase.text.lower(), ())
        if rule.fate
    ]
    # the nearest: "killing one woman and injuring three others, including a 4-year-old child"
    near = [f for f in fates if f[0] <= _FATE_REACH]
    if not near:
        return []
    return [f"{who}{FATE_MARK}{min(near)[1]}"]


def _aged_noun(text: _Text, at: int) -> str:
    found = text.match_at(_UNNAMED, at)
    return found.group(1).lower() if found is not None else ""


_ANOTHER_ONE = regex.compile(
    r"\b(?i:a|the)\s+(?i:second|third|fourth|further|other)\s+(?:[\w\-]+\s+)?[\w\-]+,?\s*"
    r"(?i:aged\s+)?$|\b(?i:another)\s+(?:[\w\-]+\s+)?[\w\-]+,?\s*(?i:aged\s+)?$"
)
_THE_BEFORE = regex.compile(r"\b(?i:the)\s+$")
_BRACKET_BETWEEN = regex.compile(r"[ \t]*\(")
_COMMA_BETWEEN = regex.compile(r",[ \t]*")
# "from Brackley Green", "in Walkerston": a name after these is a place, not the person aged.
_A_PLACE_BEFORE = regex.compile(r"\b(?:from|in|at|near|of)\s+$", regex.I)
# ... but "the residence of Aristide Gbazoumanda" names a person in its sentence.
_A_PLACE_BEFORE_A_NAME = regex.compile(r"\b(?:from|in|at|near)\s+$", regex.I)
# "the 55-year-old ...": a definite description of someone already named.
_THE_AGED = regex.compile(r"\bthe\s+$", regex.I)

# What may follow "the 55-year-old" when it means a person: a verb, or a word for a person.
_PERSON_NEXT = regex.compile(
    r"\s*,|\s+(?:was|is|had|has|have|will|would|said|says|told|died|who|from|former|retired|local"
    r"|beat|beats|won|wins|lost|loses|rose|became|took|scored|finished|joined|faces|faced"
    r"|\p{Ll}+ed\b)",
    regex.I,
)


def _said_of_a_person(text: _Text, at: int) -> bool:
    """'the 55-year-old former mayor', 'the 34-year-old was arrested'; not 'the 45-year-old
    building'."""
    if text.match_at(_PERSON_NEXT, at):
        return True
    after = list(text.words_after(at, 1))
    if (
        after
        and text.body[after[0][0] : after[0][0] + 1].isupper()
        and _A_PEOPLE.search(after[0][2])
    ):
        return True  # "the 29-year-old Kenyan ran 2:08:14": the runner just named
    vocab = text.rules.rulebook.vocab
    people = vocab.get("people", frozenset()) | vocab.get("roles", frozenset())
    # "the 52-year-old security guard": a person's word a word on, past what kind of one
    two = list(text.words_after(at, 2))
    return bool(after) and (
        after[0][2] in people
        or bool(_office_after(text, at))
        or (len(two) == 2 and two[1][2] in people and text.same_clause(at, two[1][0]))
    )


def _office_after(text: _Text, at: int) -> list[str]:
    """The title words right after an age: 'the 53-year-old Prime Minister' -> prime minister."""
    titles = text.rules.rulebook.titles
    office: list[str] = []
    for _, _, word in text.words_after(at, 3):
        if word not in titles:
            break
        office.append(word)
    return office if office and office[-1] not in _TITLE_QUALIFIERS else []


# Title words that only qualify an office ("former", "deputy"): no office of their own.
_TITLE_QUALIFIERS = frozenset({"former", "deputy", "vice", "first", "special", "us", "u.s"})


# "The prime minister, 58", "the governor, who is fifty-eight": an office set before an age.
_OFFICE_THEN_AGE = regex.compile(
    r"\b(?i:the)[ \t]+(?P<office>(?:[\p{L}\-]+[ \t]+){0,2}[\p{L}\-]+),[ \t]*"
    r"(?:(?i:who[ \t]+is|who's)[ \t]+)?$",
    regex.VERSION1,
)


def _office_before(text: _Text, at: int, sentence: _Sentence) -> list[str]:
    """The title words set right before an age: 'The prime minister, 58' -> prime minister."""
    found = _OFFICE_THEN_AGE.search(text.body, max(sentence.start, at - 48), at)
    if found is None:
        return []
    office = found.group("office").lower().split()
    titles = text.rules.rulebook.titles
    if not all(word in titles for word in office) or office[-1] in _TITLE_QUALIFIERS:
        return []
    return office


def _office_holder(text: _Text, office: Sequence[str], index: int) -> list[str]:
    """Who the article names with the office ('Prime Minister Ovidiu Margineanu', 'the prime
    minister, Ovidiu Margineanu'): the latest such name before the age's sentence, else the
    first after. One holder only: two named with it say nothing."""
    if not office:
        return []
    phrase = regex.compile(
        r"\b" + r"\s+".join(regex.escape(w) for w in office) + r"(?:,\s+|\s+)$", regex.I
    )
    holders = [
        name for name in text.names if phrase.search(text.body, max(0, name.start - 40), name.start)
    ]
    keys = {_name_keys(name.tokens).split("|")[0] for name in holders}
    if len(keys) != 1:
        return []
    before = [n for n in holders if n.start < text.sentences[index].start]
    return [_name_keys((before[-1:] or holders[:1])[0].tokens)]


# A sentence that opens on a pronoun speaks of the person just named: "He is nineteen".
_PRONOUN_OPENS = regex.compile(
    r"\s*(?:[A-Z]+:\s*)?(?:He|She)(?:'s|\s+is|\s+was)\b(?:(?!\b(?:he|she|his|her)\b)[^.])*$"
)


def _person_just_before(text: _Text, index: int) -> list[str]:
    """The keys of the last person or one-person role named in the three sentences before."""
    roles = text.rules.rulebook.vocab.get("roles", frozenset())
    for back in (index - 1, index - 2, index - 3):
        if back < 0:
            return []
        sentence = text.sentences[back]
        found: list[tuple[int, str]] = [
            (start, key)
            for start, _, key in _people_in(text, sentence)
            # "The Tribunal da Relação de Lisboa decided": a body, not the person aged; "signed
            # Rodrigo Feraz from Leça Atlântico": a club or a place
            if not _THE_BEFORE.search(text.body, max(0, start - 4), start)
            and not _A_PLACE_BEFORE_A_NAME.search(text.body, max(0, start - 6), start)
        ]
        found += [(start, word) for start, _, word in _words_in(text, sentence) if word in roles]
        if found:
            key = max(found)[1]
            suspects = text.rules.rulebook.vocab.get("suspect_roles", frozenset())
            return [key, "suspect"] if key in suspects else [key]
    return []


def _people_in(text: _Text, sentence: _Sentence) -> list[tuple[int, int, str]]:
    """People a sentence names, in order: full names and the bare surnames of people the
    article names in full elsewhere ('Lopez, 47, told supporters')."""
    found = {
        name.start: (name.start, name.end, _name_keys(name.tokens))
        for name in text.names
        if sentence.start <= name.start < sentence.end
    }
    for match in _NAMED.finditer(text.body, sentence.start, sentence.end):
        if not any(s <= match.start(1) < e for s, e, _ in found.values()):
            found[match.start(1)] = (match.start(1), match.end(1), f"first:{match[1].lower()}")
    surnames = {s.lower() for s in text.surnames}
    for match in _ONE_NAME_AGED.finditer(text.body, sentence.start, sentence.end):
        name = match.group("name")
        taken = any(s <= match.start("name") < e for s, e, _ in found.values())
        if (
            not taken
            and name.lower() not in surnames  # "Villanueva, 46": a surname, read below
            and name.lower() not in _NOT_ONE_NAME
            and not _A_PEOPLE.search(name)  # "the twenty-four-year-old Argentine" is a someone
            and not _A_PLACE_BEFORE.search(
                text.body, max(0, match.start("name") - 6), match.start("name")
            )
        ):
            key = name.lower()
            found[match.start("name")] = (
                match.start("name"),
                match.end("name"),
                f"{key}|first:{key}",
            )
    for start, end, word in _words_in(text, sentence):
        key = word.removesuffix("'s")
        inside = any(s <= start < e for s, e, _ in found.values())
        if key in surnames and not inside:
            found[start] = (start, end, key)
    return [found[k] for k in sorted(found)]


# A person known by one name, given an age: "Sumarni, 58, a widow", "fifty-six-year-old Sumarni".
_ONE_NAME_AGED = regex.compile(
    r"(?<![\p{L}\-'’])(?<!\p{Lu}[\p{L}\-]*\s)(?P<name>\p{Lu}\p{Ll}{2,}),\s+\d{1,3}(?:[,;)]|\.(?:\s|$))"
    # ... but "the 56-year-old Yes leader Marta Ivensen" is Ivensen's, and "a 34-year-old
    # German" says what he is.
    r"|(?<!\b[Aa]n?\s+[\w\-]*)\byear-old\s+(?P<name>\p{Lu}\p{Ll}{2,})\b"
    r"(?![ \t]+(?:[\p{Ll}\-]+[ \t]+){0,2}\p{Lu})",
    regex.VERSION1,
)
_NOT_ONE_NAME = _NOT_PLACES | _COMMON_OPENERS | {"yes", "no"}
# The endings of a people's name ("Argentine", "Brazilian", "Chinese", "Czech" aside): such a
# word after an age describes the person just named, it is not a name of its own.
_A_PEOPLE = regex.compile(r"(?:ian|ean|ese|ish|ine|an)$")


# A role set beside a name: "the driver, Marek Zielinski", "the driver, named locally as Marek",
# "police named the driver as Renato Pedrotti".
_APPOSED_ROLE = regex.compile(
    r"\b(?i:the|their|its|his|her)\s+(?P<role>[\w\-]+),\s+"
    r"(?:(?:who\s+was\s+|whom\s+[\w\-]+\s+(?:have\s+|had\s+)?)?(?:named|identified)"
    r"(?:\s+\w+)?\s+as\s+)?$"
    r"|\b(?i:named|identified)\s+(?i:the)\s+(?P<role>[\w\-]+)\s+(?i:as)\s+$"
)
# "a 17-year-old named Yonas": a person known by one name.
_NAMED = regex.compile(r"\b(?:named|called)\s+(\p{Lu}\p{Ll}+)\b(?!\s+\p{Lu})", regex.VERSION1)


def _name_keys(tokens: Sequence[str]) -> str:
    """'Yonas Tesfaye': his surname, and his first name for a report that gives only that."""
    last = tokens[-1].lower()
    return f"{last}|first:{tokens[0].lower()}" if len(tokens) > 1 else last


_AND = regex.compile(r"\band\b", regex.I)


def _joined(text: _Text, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """'the driver Renato Pedrotti and an 11-year-old pupil': 'and' between them, two people."""
    lo, hi = (a[1], b[0]) if a[0] < b[0] else (b[1], a[0])
    return _AND.search(text.body, lo, hi) is not None


def _near(text: _Text, a: tuple[int, int], b: tuple[int, int]) -> bool:
    return text.same_clause(a[0], b[0]) and text.distance(a, b) <= _SUBJECT_DISTANCE


def _words_in(text: _Text, sentence: _Sentence) -> Iterator[tuple[int, int, str]]:
    lo = bisect.bisect_left(text.word_starts, sentence.start)
    hi = bisect.bisect_left(text.word_starts, sentence.end)
    for start, end in zip(text.word_starts[lo:hi], text.word_ends[lo:hi], strict=True):
        yield start, end, text.body[start:end].lower()


# How far from a score its sides may be named, in words.
_SIDES_REACH = 14


def _sides(text: _Text, span: tuple[int, int], sentence: _Sentence) -> str:
    """Who played: the names around a score in its sentence ('City beat Harrowgate 3-1'),
    joined by '|'; empty when none is named."""
    ignored = _NOT_PLACES | _COMMON_OPENERS | text.rules.rulebook.not_names | _CALENDAR_WORDS
    found: list[str] = []
    for start, end, word in _words_in(text, sentence):
        if not text.body[start:end][:1].isupper() or _opens(text, sentence, start, end):
            continue
        key = word.removesuffix("'s")
        if key in ignored or text.distance(span, (start, end)) > _SIDES_REACH:
            continue
        found.append(key)
    return "|".join(dict.fromkeys(found))


def _opens(text: _Text, sentence: _Sentence, start: int, end: int) -> bool:
    """A capital that only opens the sentence ('Many still remember') names no side, unless
    the article writes it with a capital inside a sentence too ('... beat Aldmoor')."""
    if start != sentence.start or text.body[end : end + 2].lstrip()[:1].isupper():
        return False
    word = regex.escape(text.body[start:end])
    return regex.search(rf"[\p{{Ll}},;]\s+{word}\b", text.body) is None


_CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december".split()
)


def _side_of_the_vote(text: _Text, span: tuple[int, int], sentence: _Sentence) -> list[str]:
    """The side of a yes-or-no vote a figure counts: 'the "no" side took 58.4 percent', '54.3
    percent of voters said yes', '406,870 voters opposed the law', '68.2 per cent in favour'.
    Not 'against' before another figure or a name: '23,177 votes against 20,063' sets two
    sides' figures side by side."""
    found = text.match_at(_SIDE_AFTER, span[1], sentence.end) or _SIDE_BEFORE.search(
        text.body, max(sentence.start, span[0] - 40), span[0]
    )
    if found is None:
        return []
    side = " ".join(found.group("side").lower().strip("\"“”'‘’").split())
    return [_SIDES[side]]


_SIDES = {
    **dict.fromkeys(["yes", "in favour", "in favor", "supported", "backed", "approved"], "yes"),
    **dict.fromkeys(["no", "against", "opposed", "rejected"], "no"),
    **dict.fromkeys(["abstained", "abstention", "abstentions"], "abstained"),
}
_SIDE_AFTER = regex.compile(
    r"(?:[ \t]*,?[ \t]+or[ \t]+[\d.,]+[ \t]*(?:%|per[ \t]?cent|percent),)?"  # "4,412, or 59.6%,"
    r"[ \t]*(?:%|per[ \t]?cent|percent)?"
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:valid[ \t]+|those[ \t]+)?(?:votes?|ballots?|voters)"
    r"(?:[ \t]+cast)?)?"
    r"(?:[ \t]+(?:voters|votes|ballots|people))?"
    r"[ \t]*,?[ \t]+(?:(?:voted|said|saying|were|was)[ \t]+)?"
    r"(?P<side>[\"“‘']?(?:yes|no)[\"”’']?(?![\p{L}\-])|in[ \t]+favou?r(?![ \t]+of)"
    r"|against(?![ \t]+(?:\d|(?-i:\p{Lu})|the[ \t]+\d|\w+[ \t]+\d))"
    r"|supported|backed|approved|opposed|rejected"
    r"|abstained|abstentions?)",  # "eight abstained", "with 2 abstentions": a side of their own
    regex.I | regex.VERSION1,
)
_SIDE_BEFORE = regex.compile(
    r"\b[\"“‘']?(?P<side>yes|no)[\"”’']?[ \t]+(?:side|camp|vote|votes)[ \t]+"
    r"(?:(?:took|won|got|received|had|of|was|at|with)[ \t]+)?"
    r"(?:(?:almost|nearly|about|some|just[ \t]+over|just[ \t]+under|more[ \t]+than)[ \t]+)?$",
    regex.I,
)


def _proper_subjects(text: _Text, span: tuple[int, int], sentence: _Sentence) -> list[str]:
    """The proper name just before the figure, whole: 'the Progressive Party 19' is the
    Progressive Party's, not any party's."""
    runs: list[list[tuple[int, int, str]]] = []
    for start, end, word in _words_in(text, sentence):
        original = text.body[start:end]
        if not original[:1].isupper() or word in _NOT_PLACES or word in _DETERMINERS:
            continue
        if start < span[0] and text.same_clause(start, span[0]) and word not in _COMMON_OPENERS:
            part = (start, end, word.removesuffix("'s"))
            if runs and _ONLY_SPACE.fullmatch(text.body, runs[-1][-1][1], start):
                runs[-1].append(part)
            else:
                runs.append([part])
    # The name must end near the figure; it is taken whole, however long ("the Civic Union
    # was projected to win 74 seats").
    if not runs or not _near(text, span, runs[-1][-1][:2]):
        return []
    return [" ".join(word for _, _, word in runs[-1])]


_ONLY_SPACE = regex.compile(r"[ \t]+")
_ITS = regex.compile(
    r"\b(?:(?:its|their)\s+(?:share|tally|total|seats|votes|vote)|the\s+party)\b", regex.I
)


# "NORVIK, Sept 13 (NWS) - ", "ROCCA SERNIO — ": a wire's dateline before the sentence itself.
_DATELINE = regex.compile(r"\s*\p{Lu}[\p{Lu}\s.,'\-]+\b[^.]{0,40}?\s[-–—]\s")


def _opening_name(text: _Text, sentence: _Sentence) -> list[str]:
    """The proper name a sentence opens on ('The Civic Union is projected ...'), whole; after a
    possessive, the name it owns ("Estmark's centre-right Civic Union")."""
    run: list[str] = []
    dateline = text.match_at(_DATELINE, sentence.start, sentence.end)
    begin = dateline.end() if dateline else sentence.start
    owned = False  # past "Estmark's": adjectives may stand before the owned name
    for start, end, word in _words_in(text, sentence):
        if start < begin:
            continue
        original = text.body[start:end]
        if word in _DETERMINERS or (not run and word in _COMMON_OPENERS):
            if run:
                break
            continue
        if not original[:1].isupper() or word in _NOT_PLACES:
            if owned and not run:
                continue
            break
        if word.endswith(("'s", "’s")):
            run, owned = [], True
            continue
        run.append(word)
    return [" ".join(run)] if run else []


def _unambiguous(
    claims: Sequence[Claim], roles: frozenset[str], published: date | None = None
) -> Iterator[Claim]:
    """An article that gives one person two ages (two victims called 'a man') has not told us
    whose is whose: per-person claims whose key carries two values in one article are dropped."""
    for claim in claims:
        keys = claim.subject.split("|") if claim.subject else []
        if _fate_of(claim) and _another_of_that_fate(claim, claims):
            continue  # "a 24-year-old man and a 31-year-old woman died": of many victims
        clear = [k for k in keys if not _in_doubt(claim, k, claims, roles, published)]
        named = [k for k in keys if k not in roles and k != "suspect"]
        if clear == keys:
            yield claim
        elif (named and all(k in clear for k in named)) or (not named and clear):
            # "Yusuf Mohamed, 19" keeps his name when 'the suspect' is ambiguous (three
            # arrested); "the gunman, 34" stays the gunman's when the getaway driver, 27, is a
            # suspect too.
            yield replace(claim, subject="|".join(clear))


def _another_of_that_fate(claim: Claim, claims: Sequence[Claim]) -> bool:
    """An article that ages two unnamed victims tells of several: who in another article is
    'a 27-year-old man who died' may be a third."""
    fate = _fate_of(claim)
    return any(
        other is not claim
        and other.slot == claim.slot
        # "The dead are a 52-year-old man and his 49-year-old wife, and a 34-year-old man":
        # which age is whose fate the sentence does not say
        and (_fate_of(other) == fate or other.sentence == claim.sentence)
        for other in claims
    )


def _fate_of(claim: Claim) -> str:
    keys = claim.subject.split("|") if claim.subject else []
    return next((k.split(FATE_MARK, 1)[1] for k in keys if FATE_MARK in k), "")


# Two roles this far apart in time are two people: the suspect of last Saturday's shooting is not
# the suspect of Thursday's (a spate of shootings in one town, days apart).
_ROLE_APART_DAYS = 3


def _in_doubt(
    claim: Claim,
    key: str,
    claims: Sequence[Claim],
    roles: frozenset[str],
    published: date | None,
) -> bool:
    """Does another claim of the article give this key another value, of the same event?

    Reyes's 44.3% this year and his 55% in 2021 are two facts, not one in doubt; two suspects
    of two ages in one week leave 'the suspect' ambiguous."""
    role = key in roles or key == "suspect"
    for other in claims:
        if other is claim or other.slot != claim.slot or _value_key(other) == _value_key(claim):
            continue
        if key not in (other.subject.split("|") if other.subject else []):
            continue
        apart = _days_apart(
            _or_news(claim, published), _or_news(other, published), _ROLE_APART_DAYS
        )
        if role and not apart:
            return True
        if not role and repr(claim.event.anchor) == repr(other.event.anchor):
            return True
    return False


def _or_news(claim: Claim, published: date | None) -> Day | None:
    """A claim's day, or for one with none, the days just before its article was published."""
    if claim.event.anchor is not None or published is None:
        return claim.event.anchor
    return Day(earliest=published - timedelta(days=_UNDATED_LEAD_DAYS), latest=published)


def _days_apart(a: Day | None, b: Day | None, days: int) -> bool:
    if a is None or b is None or None in (a.earliest, a.latest, b.earliest, b.latest):
        return False
    assert a.earliest and a.latest and b.earliest and b.latest
    return max((b.earliest - a.latest).days, (a.earliest - b.latest).days) > days


def _value_key(claim: Claim) -> str:
    if claim.name is not None:
        return claim.name
    i = claim.interval
    return f"{i.low}:{i.high}" if i else ""
