"""One module per section of the annual report, in the report's order; each turns a `YearData` into its fields.

Every module has `context(data, fmt)`: a pure function from the consolidated year to the dict of formatted strings
that section's template tags read (`vncpc_xl.report.context.SECTIONS` lists them in order). The fields of all
sections share one namespace, so no two sections return the same key.
"""
