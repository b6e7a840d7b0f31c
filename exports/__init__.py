"""Printable sheets: ReportLab documents drawn from a frozen workshop snapshot."""

from exports.errors import ExportError
from exports.paper import PAPERS, Paper, default_paper
from exports.registry import SHEETS, sheet_names
from exports.writer import export_sheets

__all__ = [
    "PAPERS",
    "SHEETS",
    "ExportError",
    "Paper",
    "default_paper",
    "export_sheets",
    "sheet_names",
]
