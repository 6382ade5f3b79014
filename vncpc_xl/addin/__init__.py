"""The VNCPC Excel add-in: install it into Excel and check an installation (building: `addin.build`).

`vncpc_xl.addin.build` (and `vncpc_xl.addin.udf_vba`, the VBA of the worksheet functions) import xlwings
and pyOpenVBA, which the other commands do not need, so they are imported from their modules, not here.
"""

from __future__ import annotations

from vncpc_xl.addin._common import (
    ADDIN_FILE,
    PRODUCT,
    UDF_MODULE,
    AddinError,
    packaged_addin,
    pinned_xlwings_version,
    source_root,
    user_config_path,
    xlstart_dir,
)
from vncpc_xl.addin.doctor import Check, Status, exit_code, format_checks, run_checks
from vncpc_xl.addin.install import Installed, install_addin, read_config, remove_addin, write_config

__all__ = [
    "ADDIN_FILE",
    "PRODUCT",
    "UDF_MODULE",
    "AddinError",
    "Check",
    "Installed",
    "Status",
    "exit_code",
    "format_checks",
    "install_addin",
    "packaged_addin",
    "pinned_xlwings_version",
    "read_config",
    "remove_addin",
    "run_checks",
    "source_root",
    "user_config_path",
    "write_config",
    "xlstart_dir",
]
