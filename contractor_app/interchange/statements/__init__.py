"""Payment statements (PayPal, Wise, Upwork, Payoneer, any mapped CSV) read into incoming payments.

Like the entry importers, these only read files; services/statement_imports.py meets them with the vault.
"""
