"""Valid wire payloads for the tests, and a helper to change one value in a copy."""

from __future__ import annotations

import copy
from typing import Any

_MISSING = object()


def accounting() -> dict[str, Any]:
    """Return a fully populated, valid accounting customer payload."""
    return {
        "id": "C-100",
        "name": "Acme Handels GmbH",
        "externalId": "EXT-100",
        "active": True,
        "currency": "EUR",
        "creditLimit": 15000.5,
        "description": "Key account",
        "webSite": "https://acme.example.com",
        "totalOutstandingAmount": 1200,
        "totalPaidAmount": 98000.25,
        "account": "1200",
        "createdDate": "2024-01-15",
        "modifiedDate": "2024-03-01T10:15:30.123Z",
        "endDate": None,
        "language": "de",
        "priceLevel": "A",
        "taxCode": "S",
        "taxId": "DE136695976",
        "corporateAddress": {
            "id": "a-1",
            "line1": "Hauptstr. 1",
            "line2": None,
            "city": "Berlin",
            "province": "BE",
            "postalCode": "10115",
            "country": "Germany",
            "phone": "+49 30 123456",
        },
        "contact": {
            "salutation": "Dr.",
            "firstName": "Anna",
            "middleName": None,
            "lastName": "Schmidt",
            "email": "anna@acme-handel.de",
            "phone": None,
            "mobile": None,
            "fax": None,
            "address": {
                "line1": "Hauptstr. 1",
                "line2": None,
                "city": "Berlin",
                "province": "BE",
                "postalCode": "10115",
                "country": "DE",
            },
        },
        "billingAddress": {
            "id": "a-2",
            "line1": "Rechnungsweg 5",
            "line2": "3. Etage",
            "city": "Berlin",
            "province": "BE",
            "postalCode": "10117",
            "country": "DEU",
            "phone": None,
            "contact": {
                "firstName": "Bernd",
                "middleName": None,
                "lastName": "Bauer",
                "email": "billing@acme-handel.de",
            },
        },
        "shippingAddress": None,
        "paymentTerms": {"id": "pt-30", "name": "Net 30"},
        "parent": {"id": "C-1", "name": "Acme Holding AG"},
        "subsidiary": None,
    }


def response() -> dict[str, Any]:
    """Return a fully populated, valid tax engine customer payload."""
    return {
        "id": "3f0c2b9e-6a57-4c1e-9a43-3f1ab3b5d001",
        "tenant_id": "8d5e7c41-0b1f-4f3a-8d8e-2b8c9f1a7e02",
        "source": "netsuite",
        "external_id": "C-100",
        "name": "Acme Handels GmbH",
        "created_at": "2024-03-02T08:00:00Z",
        "updated_at": "2024-03-02T08:00:00.250Z",
        "external_created_at": "2024-01-15T00:00:00Z",
        "external_updated_at": "2024-03-01T10:15:30.123456+01:00",
        "addresses": {
            "billing": {
                "street": "Rechnungsweg 5, 3. Etage",
                "city": "Berlin",
                "county": None,
                "state": "BE",
                "zip": "10117",
                "country": "DE",
                "is_partial": False,
            },
            "shipping": None,
        },
        "b2b_or_b2c": "b2b",
        "comment": "Key account",
        "customer_status": "active",
        "customer_type": "retail",
        "email": "anna@acme-handel.de",
        "tax_number": "DE136695976",
    }


def changed(payload: dict[str, Any], path: str, value: Any = _MISSING) -> Any:
    """Return a deep copy of *payload* with the value at dotted *path* replaced.

    Without *value*, the key is removed instead.
    """
    result = copy.deepcopy(payload)
    *parents, last = path.split(".")
    target = result
    for key in parents:
        target = target[key]
    if value is _MISSING:
        del target[last]
    else:
        target[last] = value
    return result
