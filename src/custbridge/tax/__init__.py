"""B2B/B2C classification of tax numbers, offline, with python-stdnum.

:func:`classify_tax_number` answers for any input and never raises;
:func:`validate_tax_number` returns the same answer for a valid number and raises
:class:`~custbridge.ValidationError` otherwise. :mod:`custbridge.tax.catalog`
lists the number types behind them.
"""

from custbridge.tax._classifier import (
    B2bOrB2c,
    TaxNumberCheck,
    classify_tax_number,
    validate_tax_number,
)

__all__ = ["B2bOrB2c", "TaxNumberCheck", "classify_tax_number", "validate_tax_number"]
