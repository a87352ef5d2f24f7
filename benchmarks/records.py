"""Sample wire records for the benchmarks: fully populated and sparse, both sides."""

from __future__ import annotations

from typing import Any


def accounting_full(i: int = 0, *, shared_domain: bool = True) -> dict[str, Any]:
    """Return an accounting customer with every field set; *i* makes emails unique.

    Every customer has a domain of its own, which its three contacts share (as a
    company's staff do), or, without *shared_domain*, each address has its own.
    """
    domain = f"acme-handel-{i}.de"

    def at(part: str) -> str:
        return domain if shared_domain else f"{part}.{domain}"

    return {
        "id": f"C-{i}",
        "name": "Acme Handels GmbH",
        "externalId": f"EXT-{i}",
        "active": True,
        "currency": "EUR",
        "creditLimit": 15000.5,
        "description": "Key account, invoices monthly",
        "webSite": "https://acme.example.com",
        "totalOutstandingAmount": 1200,
        "totalPaidAmount": 98000.25,
        "account": "1200",
        "createdDate": "2024-01-15",
        "endDate": None,
        "language": "de",
        "modifiedDate": "2024-03-01T10:15:30.123Z",
        "priceLevel": "A",
        "taxCode": "S",
        "taxId": "DE136695976",
        "corporateAddress": {
            "id": "addr-1",
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
            "email": f"anna.schmidt{i}@{at('office')}",
            "phone": "+49 30 123457",
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
            "id": "addr-2",
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
                "email": f"billing{i}@{at('billing')}",
            },
        },
        "shippingAddress": {
            "id": "addr-3",
            "line1": "Lagerstr. 9",
            "line2": None,
            "city": "Potsdam",
            "province": "BB",
            "postalCode": "14467",
            "country": "DE",
            "phone": None,
            "contact": {
                "firstName": "Carla",
                "middleName": None,
                "lastName": "Cordes",
                "email": f"warehouse{i}@{at('warehouse')}",
            },
        },
        "paymentTerms": {"id": "pt-30", "name": "Net 30"},
        "parent": {"id": "C-0", "name": "Acme Holding AG"},
        "subsidiary": None,
    }


def accounting_sparse(i: int = 0) -> dict[str, Any]:
    """Return an accounting customer with only the required fields and a date."""
    return {"id": f"C-{i}", "name": "Jane Doe", "modifiedDate": "2024-03-01"}


def response_full(i: int = 0) -> dict[str, Any]:
    """Return a tax engine record with every field set; *i* makes the email unique."""
    address = {
        "street": "Hauptstr. 1, 3. Etage",
        "city": "Berlin",
        "county": None,
        "state": "BE",
        "zip": "10115",
        "country": "DE",
        "is_partial": False,
    }
    return {
        "id": "3f0c2b9e-6a57-4c1e-9a43-3f1ab3b5d001",
        "tenant_id": "8d5e7c41-0b1f-4f3a-8d8e-2b8c9f1a7e02",
        "source": "netsuite",
        "external_id": f"C-{i}",
        "name": "Acme Handels GmbH",
        "created_at": "2024-03-02T08:00:00Z",
        "updated_at": "2024-03-02T08:00:00.250Z",
        "external_created_at": "2024-01-15T00:00:00Z",
        "external_updated_at": "2024-03-01T10:15:30.123+01:00",
        "addresses": {"billing": address, "shipping": dict(address, city="Potsdam")},
        "b2b_or_b2c": "b2b",
        "comment": "Key account, invoices monthly",
        "customer_status": "active",
        "customer_type": "retail",
        "email": f"anna.schmidt{i}@acme-handel-{i}.de",
        "tax_number": "DE136695976",
    }


def response_sparse(i: int = 0) -> dict[str, Any]:
    """Return a tax engine record with only the required fields."""
    full = response_full(i)
    required = [
        "id",
        "tenant_id",
        "source",
        "external_id",
        "name",
        "created_at",
        "updated_at",
        "external_created_at",
        "external_updated_at",
    ]
    return {key: full[key] for key in required}
