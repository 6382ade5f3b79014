"""Checks across the workbooks of a folder: the report year, one file of each yearly kind, no duplicates.

Rules (SPEC 6 and 7):
- the report year is `year` when given (workbooks of other years are then skipped, not errors), else the
  centre file's Year; without a usable centre file, the most common year of the folder's workbooks;
- without `year`, every workbook must carry the report year (else an error and the file is excluded);
- exactly one centre file, one training register and one KPI log of the year: none is an error; several are an
  error and none of them is counted (which one is right cannot be guessed);
- a file whose content equals an earlier file's (same SHA-256), or an audit of the same company (normalised
  name) and year as an earlier audit file, is an error and is excluded: the earlier file (by path) is
  counted once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from vncpc_xl.consolidate._values import company_key, error, quote_list
from vncpc_xl.consolidate.load import YEAR_NAME, Loaded
from vncpc_xl.errors import Issue, Severity
from vncpc_xl.schema import SPECS

YEARLY_KINDS = ("centre", "training", "kpi")
_NEW_HINT = {"centre": "vncpc-xl new centre", "training": "vncpc-xl new training", "kpi": "vncpc-xl new kpi"}


@dataclass
class FolderPlan:
    """Which files count for the report `year`, which are excluded (with the issues why), which skipped."""

    year: int | None
    folder_name: str
    counted: list[Loaded] = field(default_factory=list)
    excluded: dict[str, list[Issue]] = field(default_factory=dict)
    skipped: list[Loaded] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    kinds: dict[str, str | None] = field(default_factory=dict)

    def exclude(self, loaded: Loaded, issue: Issue) -> None:
        """Move `loaded` out of the counted files because of `issue` (recorded once)."""
        self.counted = [item for item in self.counted if item is not loaded]
        self.excluded.setdefault(loaded.path, []).append(issue)

    def counted_of(self, kind: str) -> list[Loaded]:
        """Return the counted files of `kind`, in path order."""
        return [item for item in self.counted if item.kind == kind]


def plan_folder(loaded: Sequence[Loaded], folder_name: str, year: int | None = None) -> FolderPlan:
    """Return the `FolderPlan` of the `loaded` files (sorted by path) for `year` (None: the centre file's)."""
    plan = FolderPlan(year=None, folder_name=folder_name, kinds={item.path: item.kind for item in loaded})
    for item in loaded:
        plan.issues.extend(item.issues)
        if item.ok and item.kind is not None:
            plan.counted.append(item)
        else:
            plan.excluded[item.path] = [i for i in item.issues if i.severity is Severity.ERROR]
    if not loaded:
        plan.issues.append(_empty(folder_name))
    _drop_identical(plan)
    plan.year = year if year is not None else _report_year(plan)
    _check_years(plan, filtering=year is not None)
    for kind in YEARLY_KINDS:
        _check_single(plan, kind)
    _drop_same_company(plan)
    return plan


def _add(plan: FolderPlan, issue: Issue, *excluded: Loaded) -> None:
    plan.issues.append(issue)
    for item in excluded:
        plan.exclude(item, issue)


def _drop_identical(plan: FolderPlan) -> None:
    first_of: dict[str, Loaded] = {}
    for item in list(plan.counted):
        first = first_of.setdefault(item.sha256, item)
        if first is not item:
            _add(plan, _identical(item.path, first.path), item)


def _report_year(plan: FolderPlan) -> int | None:
    centre_years = list(dict.fromkeys(c.year for c in plan.counted_of("centre") if c.year is not None))
    if len(centre_years) > 1:
        files = [c.path for c in plan.counted_of("centre")]
        plan.issues.append(_centre_years(plan.folder_name, files, centre_years))
    if centre_years:
        return centre_years[0]
    years = Counter(item.year for item in plan.counted if item.year is not None)
    if not years:
        return None
    return max(years, key=lambda y: (years[y], y))


def _check_years(plan: FolderPlan, *, filtering: bool) -> None:
    if plan.year is None:
        return
    for item in list(plan.counted):
        if item.year == plan.year:
            continue
        if filtering:
            plan.counted.remove(item)
            plan.skipped.append(item)
        else:
            _add(plan, _year_mismatch(item, plan.year), item)


def _check_single(plan: FolderPlan, kind: str) -> None:
    found = plan.counted_of(kind)
    if len(found) > 1:
        _add(plan, _several(plan.folder_name, kind, [f.path for f in found], plan.year), *found)
    elif not found:
        broken = [path for path in plan.excluded if plan.kinds.get(path) == kind]
        plan.issues.append(_missing(plan.folder_name, kind, plan.year, broken))


def _drop_same_company(plan: FolderPlan) -> None:
    first_of: dict[tuple[str, int | None], Loaded] = {}
    for item in plan.counted_of("audit"):
        key = (company_key(item.company), item.year)
        first = first_of.setdefault(key, item)
        if first is not item:
            _add(plan, _same_company(item, first), item)


# ---- messages


_KIND_TITLE = {
    "centre": ("sổ hồ sơ trung tâm", "centre file"),
    "training": ("sổ đăng ký đào tạo", "training register"),
    "kpi": ("sổ nhật ký chỉ số môi trường", "KPI log"),
}


def _empty(folder_name: str) -> Issue:
    return error(
        "folder.empty",
        folder_name,
        f"Thư mục {folder_name} không có sổ Excel nào (.xlsx); hãy chọn thư mục chứa các sổ của năm.",
        f"Folder {folder_name} holds no Excel workbook (.xlsx); "
        "choose the folder holding the year's workbooks.",
    )


def _identical(path: str, first: str) -> Issue:
    return error(
        "folder.duplicate_file",
        path,
        f"Tệp {path} giống hệt tệp {first} (cùng nội dung); chỉ tính {first}. "
        "Hãy xóa một trong hai tệp hoặc chuyển nó ra khỏi thư mục.",
        f"File {path} is identical to {first} (same content); only {first} is counted. "
        "Delete one of the two or move it out of the folder.",
        value=first,
    )


def _centre_years(folder_name: str, files: list[str], years: list[int]) -> Issue:
    listed = quote_list(str(y) for y in years)
    return error(
        "folder.centre_years",
        folder_name,
        f"Thư mục có hồ sơ trung tâm của nhiều năm ({listed}: {quote_list(files)}); "
        f"báo cáo lấy năm {years[0]}. Hãy để mỗi năm một thư mục hoặc chọn năm báo cáo (--year).",
        f"The folder holds centre files of several years ({listed}: {quote_list(files)}); "
        f"the report uses {years[0]}. Keep one folder per year or choose the report year (--year).",
        value=listed,
    )


def _year_mismatch(item: Loaded, year: int) -> Issue:
    name = YEAR_NAME[item.kind]
    sheet, cell = item.year_cell or (SPECS[item.kind].sheet_of_name(name).name, None)
    found = "trống" if item.year is None else str(item.year)
    found_en = "blank" if item.year is None else str(item.year)
    return error(
        "folder.year_mismatch",
        item.path,
        f"Sổ {item.path} ghi năm {found} ({name}) nhưng báo cáo là của năm {year} (theo hồ sơ trung tâm); "
        f"hãy sửa {name} thành {year} hoặc chuyển sổ sang thư mục của năm {found}.",
        f"Workbook {item.path} carries year {found_en} ({name}) but the report is for {year} "
        f"(the centre file's Year); set {name} to {year} or move the workbook to the folder of its year.",
        sheet=sheet,
        cell=cell,
        column=name,
        value=item.year,
    )


def _several(folder_name: str, kind: str, files: list[str], year: int | None) -> Issue:
    vi, en = _KIND_TITLE[kind]
    of_year = f" cho năm {year}" if year is not None else ""
    of_year_en = f" for {year}" if year is not None else ""
    return error(
        f"folder.several_{kind}",
        folder_name,
        f"Thư mục có {len(files)} {vi} ({quote_list(files)}); chỉ giữ một sổ{of_year}. "
        "Không sổ nào trong số này được tính cho đến khi chỉ còn một.",
        f"The folder holds {len(files)} {en}s ({quote_list(files)}); keep only one{of_year_en}. "
        "None of them is counted until only one is left.",
        value=len(files),
    )


def _missing(folder_name: str, kind: str, year: int | None, excluded: list[str]) -> Issue:
    vi, en = _KIND_TITLE[kind]
    of_year = f" của năm {year}" if year is not None else ""
    of_year_en = f" for {year}" if year is not None else ""
    listed = quote_list(excluded)
    note_vi = f" ({listed} bị loại vì lỗi, xem các lỗi của sổ đó)" if excluded else ""
    note_en = f" ({listed} is excluded for errors, see its issues)" if excluded else ""
    return error(
        f"folder.missing_{kind}",
        folder_name,
        f"Thư mục không có {vi}{of_year} dùng được{note_vi}; hãy tạo sổ từ mẫu ({_NEW_HINT[kind]}), "
        "điền số liệu và đặt vào thư mục.",
        f"The folder has no usable {en}{of_year_en}{note_en}; create one from the template "
        f"({_NEW_HINT[kind]}), fill it in and put it in the folder.",
    )


def _same_company(item: Loaded, first: Loaded) -> Issue:
    sheet, cell = item.company_cell or (SPECS["audit"].sheet_of_name("CompanyName").name, None)
    return error(
        "folder.duplicate_company",
        item.path,
        f"Sổ {item.path} và sổ {first.path} cùng là đánh giá của doanh nghiệp '{item.company}' "
        f"năm {item.year}; chỉ tính sổ {first.path}. Hãy gộp hai sổ thành một hoặc xóa sổ thừa.",
        f"Workbooks {item.path} and {first.path} are both assessments of '{item.company}' in {item.year}; "
        f"only {first.path} is counted. Merge them into one workbook or delete the extra one.",
        sheet=sheet,
        cell=cell,
        column="CompanyName",
        value=item.company,
    )
