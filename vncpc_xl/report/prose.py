"""Which narrative paragraphs a report prints: its own language's, or the Vietnamese ones where a section has
no English paragraph (the English report then marks the section "(Vietnamese original)" and warns)."""

from __future__ import annotations

from collections.abc import Mapping

from vncpc_xl.consolidate import CentreInfo
from vncpc_xl.errors import Issue, Severity
from vncpc_xl.report._labels import LABELS
from vncpc_xl.schema.centre import FIGURES_MARKER, NARRATIVE, NARRATIVE_SECTIONS

# The report heading under which each narrative section prints.
SECTION_HEADINGS = {
    "loi_noi_dau": "h_preface",
    "chinh_sach": "h_policy",
    "tam_nhin": "h_vision",
    "co_cau": "h_structure",
    "hoat_dong": "h_activities",
    "dao_tao": "h_training",
    "dich_vu": "h_services",
    "pho_bien": "h_outreach",
    "chinh_sach_khuyen_nghi": "h_policy_advice",
    "hop_tac": "h_cooperation",
    "hien_trang_moi_truong": "h_environment",
    "hoat_dong_khac": "h_other",
    "bai_hoc": "h_lessons",
}


def printed_paragraphs(centre: CentreInfo, lang: str) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """Return the paragraphs the report in `lang` prints, by section, and the sections printed in Vietnamese
    for want of English paragraphs (always empty for the Vietnamese report)."""
    if lang == "vi":
        return {key: centre.narrative.get(key, ()) for key in NARRATIVE_SECTIONS}, ()
    printed: dict[str, tuple[str, ...]] = {}
    original: list[str] = []
    for key in NARRATIVE_SECTIONS:
        english = centre.paragraphs(lang).get(key, ())
        vietnamese = centre.narrative.get(key, ())
        printed[key] = english or vietnamese
        if not english and _has_text(vietnamese):
            original.append(key)
    return printed, tuple(original)


def _has_text(paragraphs: tuple[str, ...]) -> bool:
    return any(" ".join(p.split()).upper() != FIGURES_MARKER.upper() for p in paragraphs)


def section_title(key: str, lang: str, year: int | None) -> str:
    """Return how the report heads section `key`, with its key, e.g. ``FOREWORD (loi_noi_dau)``."""
    heading = LABELS[lang][SECTION_HEADINGS[key]].replace("{{ year }}", str(year) if year is not None else "")
    return f"{heading.strip()} ({key})"


def vietnamese_original_issue(
    centre: CentreInfo, year: int | None, centre_file: str, lang: str = "en"
) -> Issue | None:
    """Return the warning of the English report naming its sections printed in Vietnamese, or None."""
    _, original = printed_paragraphs(centre, lang)
    if not original:
        return None
    sections_vi = "; ".join(section_title(key, "vi", year) for key in original)
    sections_en = "; ".join(section_title(key, "en", year) for key in original)
    language = NARRATIVE.column("language").header
    return Issue(
        code="report.vietnamese_original",
        file=centre_file,
        message_vi=(
            f"Báo cáo tiếng Anh in các mục sau bằng tiếng Việt, kèm ghi chú “(Vietnamese original)”, vì chưa có "
            f"đoạn văn tiếng Anh: {sections_vi}. Hãy thêm các dòng có “{language}” = en vào trang "
            f"“{NARRATIVE.sheet}”."
        ),
        message_en=(
            f"The English report prints these sections in Vietnamese, under the note “(Vietnamese original)”, "
            f"for want of English paragraphs: {sections_en}. Add rows with “{language}” = en on the sheet "
            f"“{NARRATIVE.sheet}”."
        ),
        sheet=NARRATIVE.sheet,
        severity=Severity.WARNING,
    )


def original_flags(original: tuple[str, ...]) -> Mapping[str, bool]:
    """Return, for every section key, whether the section prints Vietnamese paragraphs in the English report."""
    return {key: key in original for key in NARRATIVE_SECTIONS}
