"""Every field of both wire forms and what the mapping does with it.

The API reference renders these tables, and a test checks that they name every
field of both models, so the documentation cannot fall behind the code.
"""

from __future__ import annotations

from custbridge._rules import length_limits, max_length
from custbridge.response import AddressDto, CustomerResponse

_ADDRESS = "addresses.billing"
_ID_MIN, _ID_MAX = length_limits(CustomerResponse, "external_id")
_NAME = max_length(CustomerResponse, "name")
_COMMENT = max_length(CustomerResponse, "comment")
_TAX_NUMBER = max_length(CustomerResponse, "tax_number")
_STREET, _CITY, _STATE, _ZIP, _COUNTRY = (
    max_length(AddressDto, name)
    for name in ("street", "city", "state", "zip", "country")
)

# (accounting wire path, tax engine field or None, what happens)
TO_RESPONSE: tuple[tuple[str, str | None, str], ...] = (
    ("id", "external_id", f"copied; {_ID_MIN} to {_ID_MAX} characters, else a MappingError"),
    ("name", "name", f"copied; over {_NAME} characters: truncated and reported"),
    ("externalId", None, "dropped and reported: id is the platform's identifier"),
    ("active", "customer_status", "true: active, false: inactive, null: unchanged; "
     "an existing suspended status is kept while active is false"),
    ("currency", None, "dropped and reported"),
    ("creditLimit", None, "dropped and reported"),
    ("description", "comment", f"copied; over {_COMMENT} characters: truncated and reported"),
    ("webSite", None, "dropped and reported"),
    ("totalOutstandingAmount", None, "dropped and reported"),
    ("totalPaidAmount", None, "dropped and reported"),
    ("account", None, "dropped and reported"),
    ("createdDate", "external_created_at", "a date becomes midnight UTC and a naive "
     "date-time UTC (normalised); missing: modifiedDate (defaulted); "
     "both missing: a MappingError"),
    ("modifiedDate", "external_updated_at", "as createdDate, falling back to it"),
    ("endDate", None, "dropped and reported"),
    ("language", None, "dropped and reported"),
    ("priceLevel", None, "dropped and reported"),
    ("taxCode", None, "dropped and reported"),
    ("taxId", "tax_number", f"trimmed (normalised); over {_TAX_NUMBER} characters: dropped; "
     "classified into b2b_or_b2c, an invalid number reported"),
    ("corporateAddress", _ADDRESS, "used as the billing address when there is no "
     "billingAddress, else dropped and reported"),
    ("corporateAddress.id", None, "dropped and reported"),
    ("corporateAddress.line1", f"{_ADDRESS}.street", f"joined with line2 into street; over {_STREET}: truncated"),
    ("corporateAddress.line2", f"{_ADDRESS}.street", "joined after line1 (normalised)"),
    ("corporateAddress.city", f"{_ADDRESS}.city", f"copied; over {_CITY}: truncated"),
    ("corporateAddress.province", f"{_ADDRESS}.state", f"copied; over {_STATE}: truncated"),
    ("corporateAddress.postalCode", f"{_ADDRESS}.zip", f"copied; over {_ZIP}: dropped"),
    ("corporateAddress.country", f"{_ADDRESS}.country", "a name or alpha-3 code becomes "
     f"alpha-2 (normalised); not a country: kept if it fits {_COUNTRY} and reported"),
    ("corporateAddress.phone", None, "dropped and reported"),
    ("contact", None, "its email may become email; the rest is dropped and reported"),
    ("contact.salutation", None, "dropped and reported"),
    ("contact.firstName", None, "dropped and reported"),
    ("contact.middleName", None, "dropped and reported"),
    ("contact.lastName", None, "dropped and reported"),
    ("contact.email", "email", "the first valid one of contact, billing contact, "
     "shipping contact emails, as email-validator normalises it; each invalid one "
     "is reported as invalid"),
    ("contact.phone", None, "dropped and reported"),
    ("contact.mobile", None, "dropped and reported"),
    ("contact.fax", None, "dropped and reported"),
    ("contact.address", None, "dropped and reported; its country is a hint for taxId"),
    ("contact.address.line1", None, "dropped with contact.address"),
    ("contact.address.line2", None, "dropped with contact.address"),
    ("contact.address.city", None, "dropped with contact.address"),
    ("contact.address.province", None, "dropped with contact.address"),
    ("contact.address.postalCode", None, "dropped with contact.address"),
    ("contact.address.country", None, "dropped with contact.address"),
    ("billingAddress", _ADDRESS, "as corporateAddress, field by field"),
    ("billingAddress.id", None, "dropped and reported"),
    ("billingAddress.line1", f"{_ADDRESS}.street", "as corporateAddress.line1"),
    ("billingAddress.line2", f"{_ADDRESS}.street", "as corporateAddress.line2"),
    ("billingAddress.city", f"{_ADDRESS}.city", "as corporateAddress.city"),
    ("billingAddress.province", f"{_ADDRESS}.state", "as corporateAddress.province"),
    ("billingAddress.postalCode", f"{_ADDRESS}.zip", "as corporateAddress.postalCode"),
    ("billingAddress.country", f"{_ADDRESS}.country", "as corporateAddress.country"),
    ("billingAddress.phone", None, "dropped and reported"),
    ("billingAddress.contact", None, "its email may become email; the rest is dropped"),
    ("billingAddress.contact.firstName", None, "dropped and reported"),
    ("billingAddress.contact.middleName", None, "dropped and reported"),
    ("billingAddress.contact.lastName", None, "dropped and reported"),
    ("billingAddress.contact.email", "email", "used when contact has no valid email, else dropped"),
    ("shippingAddress", "addresses.shipping", "as billingAddress"),
    ("shippingAddress.id", None, "dropped and reported"),
    ("shippingAddress.line1", "addresses.shipping.street", "as billingAddress.line1"),
    ("shippingAddress.line2", "addresses.shipping.street", "as billingAddress.line2"),
    ("shippingAddress.city", "addresses.shipping.city", "as billingAddress.city"),
    ("shippingAddress.province", "addresses.shipping.state", "as billingAddress.province"),
    ("shippingAddress.postalCode", "addresses.shipping.zip", "as billingAddress.postalCode"),
    ("shippingAddress.country", "addresses.shipping.country", "as billingAddress.country"),
    ("shippingAddress.phone", None, "dropped and reported"),
    ("shippingAddress.contact", None, "its email may become email; the rest is dropped"),
    ("shippingAddress.contact.firstName", None, "dropped and reported"),
    ("shippingAddress.contact.middleName", None, "dropped and reported"),
    ("shippingAddress.contact.lastName", None, "dropped and reported"),
    ("shippingAddress.contact.email", "email", "used when no earlier contact has a valid one"),
    ("paymentTerms", None, "dropped and reported"),
    ("paymentTerms.id", None, "dropped with paymentTerms"),
    ("paymentTerms.name", None, "dropped with paymentTerms"),
    ("parent", None, "dropped and reported"),
    ("parent.id", None, "dropped with parent"),
    ("parent.name", None, "dropped with parent"),
    ("subsidiary", None, "dropped and reported"),
    ("subsidiary.id", None, "dropped with subsidiary"),
    ("subsidiary.name", None, "dropped with subsidiary"),
)  # fmt: skip

# (tax engine wire path, accounting field or None, what happens)
TO_ACCOUNTING: tuple[tuple[str, str | None, str], ...] = (
    ("id", None, "dropped and reported; kept by existing= on the way back"),
    ("tenant_id", None, "dropped and reported"),
    ("source", None, "dropped and reported"),
    ("external_id", "id", "copied"),
    ("name", "name", "copied"),
    ("created_at", None, "dropped and reported; kept by existing= on the way back"),
    ("updated_at", None, "dropped and reported; kept by existing= unless a field changed"),
    ("external_created_at", "createdDate", "copied"),
    ("external_updated_at", "modifiedDate", "copied"),
    ("addresses", None, "billing and shipping are mapped; unknown keys dropped"),
    ("addresses.billing", "billingAddress", "mapped field by field"),
    ("addresses.billing.street", "billingAddress.line1", "copied"),
    ("addresses.billing.city", "billingAddress.city", "copied"),
    ("addresses.billing.county", None, "dropped and reported; kept by existing= "
     "while the address is otherwise unchanged"),
    ("addresses.billing.state", "billingAddress.province", "copied"),
    ("addresses.billing.zip", "billingAddress.postalCode", "copied"),
    ("addresses.billing.country", "billingAddress.country", "copied"),
    ("addresses.billing.is_partial", None, "dropped and reported; kept by existing= "
     "while the address is otherwise unchanged"),
    ("addresses.shipping", "shippingAddress", "as addresses.billing"),
    ("addresses.shipping.street", "shippingAddress.line1", "copied"),
    ("addresses.shipping.city", "shippingAddress.city", "copied"),
    ("addresses.shipping.county", None, "dropped and reported; kept by existing= "
     "while the address is otherwise unchanged"),
    ("addresses.shipping.state", "shippingAddress.province", "copied"),
    ("addresses.shipping.zip", "shippingAddress.postalCode", "copied"),
    ("addresses.shipping.country", "shippingAddress.country", "copied"),
    ("addresses.shipping.is_partial", None, "dropped and reported; kept by existing= "
     "while the address is otherwise unchanged"),
    ("b2b_or_b2c", None, "dropped and reported: classified again from the tax number; "
     "kept by existing= while the tax number is unchanged"),
    ("comment", "description", "copied"),
    ("customer_status", "active", "active: true, inactive: false, suspended: false "
     "(normalised; kept by existing=), null: null"),
    ("customer_type", None, "dropped and reported; kept by existing= on the way back"),
    ("email", "contact.email", "copied into a contact with only an email"),
    ("tax_number", "taxId", "copied"),
)  # fmt: skip
