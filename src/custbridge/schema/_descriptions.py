"""The published schemas' description of each wire field, for the JSON Schema."""

from __future__ import annotations

_ADDRESS = {
    "id": "Identifier of the address in the accounting system.",
    "line1": "Address line 1.",
    "line2": "Address line 2.",
    "city": "City.",
    "province": "Province or state.",
    "postalCode": "Postal code.",
    "country": "Country.",
    "phone": "Phone number at the address.",
    "contact": "The contact person at the address.",
}
_PERSON = {
    "firstName": "First name.",
    "middleName": "Middle name.",
    "lastName": "Last name.",
    "email": "Email address.",
}

DESCRIPTIONS: dict[str, dict[str, str]] = {
    "AccountingCustomer": {
        "id": "Identifier for the customer, unique to the company in the accounting platform.",
        "name": "Name of the customer as recorded in the accounting system, typically the company name.",
        "externalId": "Friendly reference of the customer, or its reference in an external system.",
        "active": "Current state of the customer.",
        "currency": "Currency the customer transacts in.",
        "creditLimit": "Current credit limit of the customer.",
        "description": "Any additional information about the customer.",
        "webSite": "Web address of the customer.",
        "totalOutstandingAmount": "Amount outstanding from the customer across all transactions.",
        "totalPaidAmount": "Amount paid by the customer across all transactions.",
        "account": "The account linked to the customer in the accounting system.",
        "createdDate": "Date the record was created in the accounting system.",
        "endDate": "Date the customer stopped transacting as per accounting system.",
        "language": "Language the customer transacts in.",
        "modifiedDate": "Date the record was last updated in the accounting system.",
        "priceLevel": "Prices of products valid for this customer.",
        "taxCode": "Default tax code to be applied to the customer.",
        "taxId": "Tax number/registration number of the customer.",
        "corporateAddress": "The customer's corporate address.",
        "contact": "The primary contact at the customer.",
        "billingAddress": "The customer's billing address.",
        "shippingAddress": "The customer's shipping address.",
        "paymentTerms": "Payment terms applicable to the customer.",
        "parent": "The parent company of the customer, recorded only if it is also a customer.",
        "subsidiary": "The subsidiary company of the customer, recorded only if it is also a customer.",
    },
    "CorporateAddress": _ADDRESS,
    "AccountingAddress": _ADDRESS,
    "ContactAddress": _ADDRESS,
    "AddressContact": _PERSON,
    "PrimaryContact": _PERSON
    | {
        "salutation": "Salutation.",
        "phone": "Phone number.",
        "mobile": "Mobile number.",
        "fax": "Fax number.",
        "address": "The primary contact's address.",
    },
    "PaymentTerms": {
        "id": "Identifier of the payment terms.",
        "name": "Name of the payment terms.",
    },
    "RelatedCompany": {
        "id": "Identifier of the company.",
        "name": "Name of the company.",
    },
    "CustomerResponse": {
        "id": "Internal system UUID for this record.",
        "tenant_id": "UUID of the tenant that owns this record.",
        "source": "Namespace that scopes external_id to prevent collisions across integrations.",
        "external_id": "Unique identifier from your system.",
        "name": "Customer display name.",
        "created_at": "System timestamp when this record was first created.",
        "updated_at": "System timestamp of the most recent update to this record.",
        "external_created_at": "Created timestamp from your system, used for audit and reconciliation.",
        "external_updated_at": "Last-updated timestamp from your system, used for audit and reconciliation.",
        "addresses": "Customer billing and shipping addresses.",
        "b2b_or_b2c": "Derived B2B/B2C classification based on tax number validation.",
        "comment": "Internal notes about this customer.",
        "customer_status": "Account lifecycle status.",
        "customer_type": "Customer classification that affects tax treatment.",
        "email": "Contact email address.",
        "tax_number": "Tax identification number (e.g., EIN, VAT).",
    },
    "CustomerAddresses": {
        "billing": "Billing address.",
        "shipping": "Shipping address.",
    },
    "AddressDto": {
        "street": "Street number and name.",
        "city": "City name; used for city-level rate lookup.",
        "county": "County or district name; county-level lookup.",
        "state": "State or province abbreviation.",
        "zip": "Postal or ZIP code.",
        "country": "ISO 3166-1 alpha-2 country code.",
        "is_partial": "True when the address is intentionally incomplete.",
    },
}
"""Class name: wire key: description."""
