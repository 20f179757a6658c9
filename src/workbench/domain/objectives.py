"""The objective linter (issue 9 point 2; DESIGN.md section 4 "Objective linter").

An objective must state a change in behaviour, attitude, skill or circumstance ("to be able to control
his temper"), not only what the prisoner will attend: the inspectors found objectives outcome-focused in
55% of plans, and in some prisons most prisoners had the same plan, "attend education services" (seed
3.26, 3.30). ``lint(text)`` says whether the text is outcome-focused, what is wrong in plain
sentences, and offers an outcome rewrite built from the catalogue's ``outcome`` of the programme named.
It assists; it never blocks saving. Pure and fast (it runs on every keystroke): no I/O, no Qt, never raises.

How it reads a statement: the words are split into tokens; catalogue names ("TSP", "Building Better
Relationships") become one token each, so a programme's own words ("Controlling Anger and Learning to
Manage it") are never read as the prisoner's verbs. Each verb in a verb position (at the start, after
"to", "will", "can", "and", a subject pronoun ...) is classed as PROCESS ("complete", "attend", "engage
with", "be referred"), OUTCOME ("manage", "stay", "be drug-free", anything negated: "will not use") or
VAGUE ("address", "reduce his risk"). A statement is outcome-focused when it has a concrete outcome, or
only a vague one with nothing to attend ("To address offending behaviour" is flagged, not called process).
A process clause whose only purpose is vague ("Complete TSP to reduce his risk") is process-only: nothing
concrete will change. Measuring progress is not checked here: the objective has its own measure field.

The caller supplies the catalogue: casework passes ``ctx.interventions()`` (loaded once by the
composition root), so this module stays free of I/O. Without one the programme-agnostic rules still run.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from workbench.domain.catalogue import Catalogue, Intervention

__all__ = ["LintResult", "lint"]

# Only the start of a pasted essay is read: the rules look at verbs and their objects near the start of
# each clause, and reading the first few thousand characters keeps every keystroke cheap.
_MAX_CHARS = 3000
_PROG = "xprogx"  # one token standing for a catalogue name
_PHRASE_CHARS = 60  # longest quotation of the writer's words in a problem


@dataclass(frozen=True, slots=True)
class LintResult:
    """``outcome_focused``: the text states a change; ``problems``: plain sentences; ``suggestion``: a
    rewrite that states an outcome, or None when none can be offered."""

    outcome_focused: bool
    problems: tuple[str, ...] = ()
    suggestion: str | None = None


# -- word lists -----------------------------------------------------------------------------------


def _words(text: str) -> tuple[str, ...]:
    """A word list written as one string (easier to read and extend than a list of quoted words)."""
    return tuple(text.split())


_DOUBLED = {"stop", "get", "cut", "quit", "put", "sit", "plan", "drop", "let", "run", "swim", "chat"}
_IRREGULAR = {
    "be": ("be", "is", "are", "being", "am"),
    "have": ("have", "has", "having"),
    "do": ("do", "does", "doing"),
    "go": ("go", "goes", "going"),
}


def _forms(lemma: str) -> tuple[str, ...]:
    """The base, -s and -ing forms of a verb (enough for plans: "he stays", "managing his anger")."""
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma in _DOUBLED:
        ing = lemma + lemma[-1] + "ing"
    elif lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        ing = lemma[:-1] + "ing"
    else:
        ing = lemma + "ing"
    return (lemma, third, ing)


# Verbs that say what will be attended or done, not what will change (seed 3.30: "attend education").
# A few misspellings staff really type are listed with them.
_PROCESS_LEMMAS = _words(
    "complete attend engage participate undertake finish start begin enrol enroll register join apply"
    " do go continue comply cooperate co-operate see meet access receive submit liaise contact book"
    " request consider sign work discuss speak talk visit try follow"
    " compleat complet attand atend attened enagage engauge particpate partake"
)
# Verbs that (at a verb position, with a concrete object) state a change.
_OUTCOME_LEMMAS = _words(
    "control manage stay remain maintain keep stop quit cease abstain avoid refrain desist reduce cut"
    " improve develop gain achieve obtain secure find get have be become build rebuild repair"
    " re-establish restore understand recognise recognize identify accept take show demonstrate express"
    " communicate use learn think solve resolve deal cope handle walk respect live return settle pay"
    " budget save read write speak make lead reconnect feel treat behave protect end distance move"
    " challenge change respond tolerate increase sustain hold earn stabilise stabilize value appreciate"
    " listen trust apologise apologize empathise empathize reflect notice spot plan know explain care"
    " parent display break lower minimise minimize limit moderate decrease curb overcome resist prevent"
    " seek ask"
)
# Verbs that name a change too broadly to check ("to address offending behaviour").
_VAGUE_LEMMAS = _words("address tackle explore examine confront")

_PROCESS = {f: lemma for lemma in _PROCESS_LEMMAS for f in _forms(lemma)}
_PROCESS.update({"co-operate": "cooperate", "co-operates": "cooperate", "co-operating": "cooperate"})
_OUTCOME = {f: lemma for lemma in _OUTCOME_LEMMAS for f in _forms(lemma)}
_OUTCOME.update({"re-establish": "rebuild", "re-build": "rebuild", "re-connect": "reconnect"})
_VAGUE = {f: lemma for lemma in _VAGUE_LEMMAS for f in _forms(lemma)}

# Words after which the next word is in a verb position ("he will manage", "to stay", "and keep").
_LEADERS = frozenset(
    _words(
        "to will shall can could must should would may might and or then also not never cannot can't cant"
        " won't wont i he she we they you i'll he'll she'll they'll we'll ill i'd he'd she'd by him me them"
        " am is are"
        " please , ; : . ! ? ( ) - – — / & + * • 1 2 3 4 5 6 7 8 9"
    )
)
_NEGATIONS = frozenset({"not", "never", "won't", "wont", "cannot", "can't", "cant", "no", "longer", "stop"})
_FEELINGS = frozenset(_words("feelings emotions worries problems concerns anger thoughts"))
_MISS = frozenset(_words("miss misses missing skip skips skipping drop dropping"))  # "not miss any"
_PRONOUNS = frozenset({"i", "he", "she", "they", "we", "you"})
_LIST_JOINS = frozenset({"and", "or", ",", "&", "/"})
_NEGATORS = frozenset({"not", "never", "won't", "wont", "longer", "can't", "cannot"})
# Adverbs and fillers skipped when looking back for a leader ("he will fully engage").
_SKIPPABLE = frozenset(
    _words("also always further more better still then now both fully actively positively successfully")
)

# After "be": passive process ("be referred to CARAT") rather than a state ("be drug-free").
_BE_PROCESS = frozenset(
    _words(
        "referred assessed seen considered placed allocated enrolled enrolling registered offered given"
        " interviewed put engaged engaging involved attending completing participating located moved"
        " screened signposted reviewed transferred booked accepted added supervised monitored managed"
        " supported helped encouraged escorted tested observed visited contacted reminded informed told"
        " advised taught shown"
    )
)
# Objects that make a process of a change verb: "keep appointments", "get a place on", "use the gym".
_PROCESS_OBJECTS = frozenset(
    _words(
        f"{_PROG} appointment appointments session sessions class classes course courses programme"
        " programmes program group groups meeting meetings referral referrals assessment assessments"
        " place interview interviews 1:1 1-1 one-to-one engagement gym library education"
        " service services workshop workshops induction review reviews"
    )
)
_FILLERS = frozenset(
    _words(
        "a an the his her my their all any every regular weekly fortnightly of on onto in into with at to"
        " up for"
    )
)
# Words after "not" that are no behaviour ("Not applicable", "not yet known").
_NOT_VERBS = _FILLERS | frozenset(
    _words("applicable known sure yet available required needed suitable eligible")
)
# "Not to reoffend" aims at a change, but names none.
_OFFENDING = frozenset(_words("offend offending reoffend reoffending re-offend re-offending commit"))
_VAGUE_OBJECT = re.compile(
    r"^(?:(?:his|her|my|the|their|any|all)\s)?(?:overall\s)?(?:risk|risks|reoffending|re-offending|offending"
    r"|offending\sbehaviour|offending\sbehavior|offending\srelated|issues|needs|problems|behaviour"
    r"|behavior|criminogenic|likelihood)\b"
)
# Words (anywhere) that state a concrete change whatever the verb around them.
_OUTCOME_MARKERS = re.compile(
    r"\b(?:drug-free|drug\sfree|drugs\sfree|crime-free|crime\sfree|offence-free|offence\sfree|offense-free"
    r"|alcohol-free|alcohol\sfree|violence-free|violence\sfree|adjudication-free|adjudication\sfree"
    r"|abstinent|abstinence|sober|sobriety|substance-free|substance\sfree"
    r"|no\s(?:more|further|proven)\s\w+|no\s(?:adjudications|positive|incidents|arrests|offences)"
    r"|without\s(?:violence|aggression|using|drinking|offending|reoffending|re-offending|resorting"
    r"|lashing|harming|self-harming|threats|threatening|drugs|alcohol|getting|fighting|losing|turning)"
    r"|free\s(?:from|of)\s(?:violence|drugs|alcohol|abuse|control|offending|crime))\b"
    # ... but not as the name of a place or group: "the drug free wing", "an abstinence group".
    r"(?!\s(?:wing|unit|landing|programme|course|group|groups|meetings|living|based))"
)
# Outcomes written as nouns: "Improved literacy", "Stable accommodation on release", "Employment on release".
_NOMINAL_OUTCOME = re.compile(
    r"^(?:[^\w\s]\s)*(?:improved|reduced|increased|greater|better|enhanced|reduction\sin|increase\sin"
    r"|improvement\sin)\s(?!attendance|engagement|participation|access|contact|use\sof\sservices)"
    r"|\b(?:stable|settled|suitable|secure|safe|permanent|approved)\s(?:accommodation|housing|address|tenancy"
    r"|home|employment|job|income)\b"
    r"|\b(?:employment|paid\swork|a\sjob|accommodation|housing|a\stenancy)\s(?:on|after|upon|for)\srelease\b"
)
# Nominal process wording: "Referral to CARATs", "Completion of Kaizen", "Attendance at the gym".
_NOMINAL_PROCESS = re.compile(
    r"\b(?:referral|referrals|completion|attendance|engagement|participation|enrolment|enrollment"
    r"|assessment|access)\s(?:to|of|at|with|in|on|for)\b"
)
_SUBJECT_FIRST = frozenset({"i", "i'll", "i'm", "im", "i'd", "my", "me", "myself"})
_SUBJECT_FEMALE = frozenset({"she", "she'll", "her", "herself", "ms", "mrs", "miss"})
_THE_BEFORE = frozenset(
    {"programme", "course", "service", "team", "wing", "pathway", "community", "unit", "department", "hub"}
)

_PREFIX_ENDS = frozenset(_words("to will should must shall i'll he'll she'll"))
_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d+(?:[:\-]\d+)?|[^\w\s]")


@dataclass(frozen=True, slots=True)
class _Token:
    norm: str
    start: int
    end: int
    intervention: Intervention | None = None


@dataclass(frozen=True, slots=True)
class _Verb:
    index: int  # token index of the verb
    kind: str  # "PROCESS", "OUTCOME", "VAGUE" or "MARKER" (a neutral "be able to")


def _tokens(text: str, catalogue: Catalogue | None) -> list[_Token]:
    """The words of ``text`` lower-cased, with each catalogue name as one ``_PROG`` token."""
    spans = catalogue.spans(text) if catalogue is not None else []
    tokens: list[_Token] = []
    pos = 0
    for start, end, intervention in [*spans, (len(text), len(text), None)]:
        for m in _TOKEN.finditer(text, pos, start):
            tokens.append(_Token(m.group(0).lower().replace("’", "'"), m.start(), m.end()))
        if intervention is not None:
            tokens.append(_Token(_PROG, start, end, intervention))
        pos = end
    return tokens


def _is_verb_position(tokens: list[_Token], i: int) -> bool:
    """Whether tokens[i] stands where a verb stands: at the start or after a leader (skipping adverbs)."""
    j = i - 1
    while j >= 0 and (tokens[j].norm in _SKIPPABLE or tokens[j].norm.endswith("ly")):
        j -= 1
    # Any punctuation or symbol (a bullet, an emoji) starts a new clause as well.
    return j < 0 or tokens[j].norm in _LEADERS or not tokens[j].norm[:1].isalnum()


def _subordinate(tokens: list[_Token], i: int) -> bool:
    """Whether the verb at ``i`` only sets the time or condition: "when he gets out", "if she is moved"."""
    return (
        i > 1
        and tokens[i - 1].norm in _PRONOUNS
        and tokens[i - 2].norm
        in {"when", "until", "before", "after", "once", "if", "while", "whilst", "unless"}
    )


def _after_negation(tokens: list[_Token], i: int) -> bool:
    """Whether tokens[i] directly follows a negation: "will not threaten", "never", "not to reoffend"."""
    if i > 0 and tokens[i - 1].norm in _NEGATORS:
        return True
    return i > 1 and tokens[i - 1].norm == "to" and tokens[i - 2].norm in _NEGATORS


def _negated(tokens: list[_Token], i: int) -> bool:
    """Whether the verb at ``i`` is negated ("will not use", "won't go back", "no longer drinks")."""
    return any(t.norm in _NEGATIONS for t in tokens[max(0, i - 3) : i])


def _object(tokens: list[_Token], i: int, n: int = 4) -> list[str]:
    """Up to ``n`` words after the verb at ``i``, skipping articles and prepositions."""
    out: list[str] = []
    for t in tokens[i + 1 :]:
        if t.norm in {",", ";", ".", "!", "?"}:
            break
        if t.norm not in _FILLERS:
            out.append(t.norm)
        if len(out) >= n:
            break
    return out


def _next(tokens: list[_Token], i: int, k: int = 1) -> str:
    """The k-th word after ``i`` (or "")."""
    return tokens[i + k].norm if i + k < len(tokens) else ""


def _rest(tokens: list[_Token], i: int, n: int = 6) -> str:
    """The next ``n`` words after ``i`` joined with spaces (for pattern tests on the object)."""
    return " ".join(t.norm for t in tokens[i + 1 : i + 1 + n])


def _class_outcome_verb(tokens: list[_Token], i: int, lemma: str) -> str:
    """OUTCOME, PROCESS, VAGUE or MARKER for a change verb, judged by what follows it."""
    nxt, rest, obj = _next(tokens, i), _rest(tokens, i), _object(tokens, i)
    first_obj = obj[0] if obj else ""
    if lemma == "be":
        if nxt in {"able", "to"} or (nxt in {"more", "better"} and _next(tokens, i, 2) == "able"):
            return "MARKER"  # "be able to ...", "he is to ...": the verb that follows decides
        if nxt.endswith("ing") and (nxt in _PROCESS or nxt in _OUTCOME):
            return "MARKER"  # "I am going to do ...", "he is attending ...": so does the -ing verb
        if nxt in _BE_PROCESS:
            return "PROCESS"
        if nxt in {"on", "in", "at"} and first_obj in _PROCESS_OBJECTS:
            # Being in education or work on release is a circumstance; "be in education" now is attendance.
            later = {t.norm for t in tokens[i + 1 : i + 10]}
            if not later & {"release", "employment", "work", "job", "training"}:
                return "PROCESS"
        if _contact_with_services(obj):
            return "PROCESS"
        return "OUTCOME"
    if lemma in {"stay", "remain", "keep", "maintain", "sustain", "continue"}:
        if nxt in {"engaged", "engagement", "motivated", "involved", "attending", "committed"}:
            return "PROCESS"
        if first_obj in _PROCESS_OBJECTS and nxt in {"on", "in", "with", "at", "all", "his", "her", "my"}:
            return "PROCESS"
        if _contact_with_services(obj):
            return "PROCESS"
    if lemma in {
        "get",
        "gain",
        "secure",
        "obtain",
        "find",
        "have",
        "take",
        "make",
        "use",
        "go",
        "seek",
        "ask",
    }:
        if nxt in {"on", "onto", "into", "part", "up", "referred", "assessed", "involved", "a", "an"} and (
            first_obj in _PROCESS_OBJECTS or nxt in {"part", "referred", "assessed", "involved"}
        ):
            return "PROCESS"
        if first_obj in _PROCESS_OBJECTS and lemma in {"have", "use", "make", "take", "seek", "ask"}:
            return "PROCESS"
        if lemma == "get" and first_obj in _PROCESS_OBJECTS - {_PROG}:
            return "PROCESS"  # "get a referral"; but "get his CSCS card" is gaining the card
        if lemma == "make" and first_obj in {"application", "applications", "appointment"}:
            return "PROCESS"
        if lemma == "take" and nxt == "part":
            return "PROCESS"
    if lemma in {"reduce", "cut", "change", "improve", "manage", "challenge", "understand", "look"} and (
        _VAGUE_OBJECT.match(rest) and not _concrete_after(tokens, i)
    ):
        return "VAGUE"
    if lemma == "look" and nxt != "after":
        return "VAGUE"
    return "OUTCOME"


def _contact_with_services(obj: list[str]) -> bool:
    """ "(keep in) contact with CARAT / his OS": attendance; contact with his family is a change."""
    return (
        bool(obj)
        and obj[0] in {"contact", "touch", "engagement"}
        and (
            _PROG in obj
            or bool({"os", "om", "probation", "supervisor", "manager", "services", "team"} & set(obj))
        )
    )


def _concrete_after(tokens: list[_Token], i: int) -> bool:
    """Whether the vague object after ``i`` is made concrete ("reduce his risk by staying sober")."""
    rest = " ".join(t.norm for t in tokens[i + 1 : i + 12])
    return bool(re.search(r"\b(?:by|through)\s\w+ing\b", rest)) and not re.search(
        rf"\b(?:by|through)\s(?:attending|completing|engaging|doing|participating|{_PROG})\b", rest
    )


def _classify(tokens: list[_Token], names: frozenset[str]) -> list[_Verb]:
    """Every verb in a verb position with its class (``names``: catalogue names that are also words)."""
    verbs: list[_Verb] = []
    for i, tok in enumerate(tokens):
        word = tok.norm
        if word in names and i > 1 and tokens[i - 2].norm == _PROG and tokens[i - 1].norm in _LIST_JOINS:
            continue  # "complete TSP and resolve": a list of programmes, not the verb "resolve"
        if _after_negation(tokens, i) and word[:1].isalpha() and word not in _NOT_VERBS:
            # Whatever the verb, a behaviour he will stop is a change ("he will not threaten staff"); not
            # missing his sessions is only attendance.
            missed = word in _MISS or set(_object(tokens, i, 3)) & _PROCESS_OBJECTS
            kind = "PROCESS" if missed else "VAGUE" if word in _OFFENDING else "OUTCOME"
            verbs.append(_Verb(i, kind))
            continue
        if word not in _PROCESS and word not in _OUTCOME and word not in _VAGUE:
            continue
        if not _is_verb_position(tokens, i) or _subordinate(tokens, i):
            continue
        if word in _VAGUE:
            verbs.append(_Verb(i, "VAGUE"))
            continue
        if _negated(tokens, i) and not (set(_object(tokens, i, 2)) & _PROCESS_OBJECTS):
            verbs.append(_Verb(i, "OUTCOME"))
            continue
        if word in _PROCESS:
            lemma = _PROCESS[word]
            if lemma == "work" and _next(tokens, i) not in {"with", "in", "at", "on", "for", "alongside"}:
                continue  # "work reliably", "work towards": not attendance
            if lemma in {"talk", "speak"} and _next(tokens, i) not in {"to", "with"}:
                if _FEELINGS & set(_object(tokens, i, 3)):
                    verbs.append(_Verb(i, "OUTCOME"))  # "talk about his feelings rather than ..."
                continue
            if lemma == "see" and _next(tokens, i) not in {"the", "a", "his", "her", "my", "someone", _PROG}:
                continue
            if lemma == "go" and _next(tokens, i) in {"back", "out"}:
                continue
            verbs.append(_Verb(i, "PROCESS"))
            continue
        kind = _class_outcome_verb(tokens, i, _OUTCOME[word])
        if kind == "OUTCOME" and word.endswith("ing") and i > 0 and tokens[i - 1].norm in _PROCESS:
            continue  # "keep attending", handled by the process verb before it
        verbs.append(_Verb(i, kind))
    return verbs


def _clause_text(text: str, tokens: list[_Token], i: int) -> str:
    """The writer's own words from the verb at ``i`` to the end of its clause, shortened."""
    end = tokens[i].end
    for t in tokens[i + 1 :]:
        # A clause ends at punctuation or "so"/"because"; at "in"/"to" only once it has said enough.
        gone = t.start - tokens[i].start
        if (t.norm in {",", ";", ".", "!", "?", "so", "because"} and gone > 6) or (
            t.norm in {"in", "to"} and gone > 25
        ):
            break
        end = t.end
    phrase = " ".join(text[tokens[i].start : end].split())
    if len(phrase) > _PHRASE_CHARS:
        phrase = phrase[: _PHRASE_CHARS - 1].rstrip() + "…"
    return phrase


def _pronoun(text: str, tokens: list[_Token]) -> str:
    """ "she" when the statement is about a woman, else "he" (first-person plans are about him too)."""
    for t in tokens:
        # "Miss Taylor", but not "he will not miss sessions".
        if t.norm in _SUBJECT_FEMALE and (t.norm != "miss" or text[t.start : t.end] == "Miss"):
            return "she"
    return "he"


def _in_person(outcome: str, first: bool, female: bool) -> str:
    """The catalogue's third-person outcome ("manage his anger") in the statement's person."""
    if first:
        verbs = {"has": "I have", "is": "I am", "can": "I can"}
        outcome = re.sub(r"\bhe (has|is|can)\b", lambda m: verbs[m[1]], outcome)
        swaps = {"his": "my", "him": "me", "himself": "myself", "he": "I"}
    elif female:
        swaps = {"his": "her", "him": "her", "himself": "herself", "he": "she"}
    else:
        return outcome
    return re.sub(r"\b(his|him|himself|he)\b", lambda m: swaps[m[1]], outcome)


def _through(intervention: Intervention) -> str:
    """ "the Thinking Skills Programme", "Resolve": the name as it reads after "through"."""
    name = intervention.name
    last = name.split()[-1].lower() if name.split() else ""
    return f"the {name}" if last in _THE_BEFORE else name


def _suggest(text: str, tokens: list[_Token], verbs: list[_Verb]) -> str | None:
    """An outcome rewrite from the outcomes of the programmes named, in the writer's person and prefix."""
    named: list[Intervention] = []
    for t in tokens:
        if t.intervention is not None and t.intervention.outcome and t.intervention not in named:
            named.append(t.intervention)
    if not named:
        return None
    named = named[:2]
    first = any(t.norm in _SUBJECT_FIRST for t in tokens[:6])
    female = _pronoun(text, tokens) == "she"
    outcome = " and ".join(_in_person(i.outcome, first, female) for i in named)
    through = " and ".join(_through(i) for i in named)
    # A plan heading ("Drugs: ", "ETE - ") is kept as written.
    h = next((n + 1 for n, t in enumerate(tokens[:4]) if t.norm in {":", "-", "–"}), 0)
    heading = text[tokens[0].start : tokens[h].start] if 0 < h < len(tokens) else ""
    body = tokens[h:] if heading else tokens
    prefix = ""
    process = [v.index - h for v in verbs if v.kind == "PROCESS" and v.index >= h]
    if process and process[0] > 0:
        k = process[0]
        while k > 0 and (body[k - 1].norm in _SKIPPABLE or body[k - 1].norm.endswith("ly")):
            k -= 1
        if k > 0 and body[k - 1].norm in _PREFIX_ENDS:
            prefix = text[body[0].start : body[k].start]
    if len(prefix) > 40 or any(
        t.norm in {",", ";", "."} for t in body if t.end <= body[0].start + len(prefix)
    ):
        prefix = ""
    if not prefix:
        if body and body[0].norm == "to":
            prefix = text[body[0].start : body[0].end] + " "
        elif first:
            prefix = "I will "
    rewrite = f"{prefix}{outcome} (through {through})"
    return heading + rewrite[:1].upper() + rewrite[1:]


def lint(text: str, catalogue: Catalogue | None = None) -> LintResult:
    """Check one objective's outcome statement (``catalogue`` supplies programme and service names).

    Never raises: any string gives a result, and ``problems`` is non-empty whenever the statement is
    not outcome-focused.
    """
    if not isinstance(text, str) or not text.strip():
        return LintResult(False, ("The objective is empty: say what will change.",))
    text = text[:_MAX_CHARS]
    tokens = _tokens(text, catalogue)
    if not any(t.norm[:1].isalnum() for t in tokens):
        return LintResult(False, ("The objective has no words: say what will change.",))
    norm = " ".join(t.norm for t in tokens)
    names = catalogue.ordinary_words() if catalogue is not None else frozenset()
    verbs = _classify(tokens, names)
    if (
        any(v.kind == "OUTCOME" for v in verbs)
        or _OUTCOME_MARKERS.search(norm)
        or _NOMINAL_OUTCOME.search(norm)
    ):
        return LintResult(True)
    he = _pronoun(text, tokens)
    problems: list[str] = []
    process = [v for v in verbs if v.kind == "PROCESS"]
    if process:
        phrase = _clause_text(text, tokens, process[0].index)
        problems.append(f"process only: '{phrase}' says what {he} will attend, not what will change.")
    elif (nominal := _NOMINAL_PROCESS.search(norm)) or _only_names(tokens):
        k = bisect_right(_starts(tokens), nominal.start()) - 1 if nominal else 0
        phrase = _clause_text(text, tokens, max(k, 0))
        problems.append(f"process only: '{phrase}' names what {he} will attend, not what will change.")
    vague = [v for v in verbs if v.kind == "VAGUE"]
    if vague:
        k = vague[0].index
        while k > 0 and vague[0].index - k < 2 and tokens[k - 1].norm in _NEGATORS | {"to"}:
            k -= 1  # quote "not reoffend", not just "reoffend"
        if tokens[k].norm == "to":
            k += 1
        phrase = _clause_text(text, tokens, k)
        problems.append(
            f"vague: '{phrase}' does not say what will be different; name the change in behaviour, attitude"
            " or circumstances (for example 'manage conflict without violence')."
        )
        if len(problems) == 1:
            # A vague aim with nothing to attend still aims at a change: flagged, not called process-only.
            return LintResult(True, tuple(problems), _suggest(text, tokens, verbs))
    if not problems:
        him = "her" if he == "she" else "him"
        problems.append(
            f"no change stated: say what will be different for {him} — behaviour, attitude, skill or"
            " circumstances (for example 'to be able to control his temper when challenged')."
        )
    return LintResult(False, tuple(problems), _suggest(text, tokens, verbs))


def _only_names(tokens: list[_Token]) -> bool:
    """Whether the statement is nothing but programme names ("TSP", "Resolve course", "Education")."""
    words = [t for t in tokens if t.norm[:1].isalnum() and t.norm not in _FILLERS]
    return bool(words) and (
        words[0].intervention is not None
        or all(t.intervention is not None or t.norm in _PROCESS_OBJECTS for t in words)
    )


def _starts(tokens: list[_Token]) -> list[int]:
    """Where each token starts in the space-joined normalised text (to map a match back to a token)."""
    starts: list[int] = []
    pos = 0
    for t in tokens:
        starts.append(pos)
        pos += len(t.norm) + 1
    return starts
