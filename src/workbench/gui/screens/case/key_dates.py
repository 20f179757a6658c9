"""The case page's key-date rows beyond the release dates (issue 10 point 4): short labels for the
narrow column at 1024 x 768, each with its full name as a tooltip; dates not recorded are left out."""

from __future__ import annotations

from workbench.casework.dto.caseload import SentenceDetail

KEY_DATE_ROWS: tuple[tuple[str, str, str], ...] = (
    ("automatic_release_date", "ARD", "Automatic release date"),
    ("target_hearing_date", "THD", "Parole Board target hearing date"),
    ("categorisation_review_date", "Cat. review", "Categorisation review date"),
    (
        "open_conditions_date",
        "Open/ROTL from",
        "Eligible for open conditions or release on temporary licence",
    ),
    ("open_conditions_since", "Open since", "In open conditions (categorised open) since"),
    ("open_prison_arrival_date", "Open prison", "Arrived at the open prison"),
)


def key_date_rows(sentence: SentenceDetail) -> list[tuple[str, str, str]]:
    """(label, text, tooltip) for each key date recorded, and the early-allocation decision if made."""
    rows = [
        (label, value.strftime("%d %b %Y"), tip)  # as the other dates on the page
        for name, label, tip in KEY_DATE_ROWS
        if (value := getattr(sentence, name)) is not None
    ]
    if sentence.early_allocation is not None:
        decided = "Yes" if sentence.early_allocation else "No"
        rows.append(("Early allocation", decided, "Early allocation to the community offender manager"))
    return rows
