"""Printable sheets: ReportLab documents drawn from a frozen workshop snapshot.

``exports.writer.export_sheets`` writes them; ``exports.registry`` lists them. This
package file imports nothing, so the command line loads ReportLab only to export.
"""
