"""The hand-written reference's classes: plain, with ``__slots__``, no checks.

The loaders (:mod:`framework_sides.plain`) check every value before a class is
called, and the mapping builds only what its rules made valid, so construction
sets the attributes and nothing else, as hand-written code would.
"""

from __future__ import annotations

from typing import Any

from framework_sides.rules import EMPTY


class _Value:
    """Equality by value, for the self-check; no slots of its own."""

    __slots__: tuple[str, ...] = ()

    def __eq__(self, other: object) -> bool:
        """Equal when of the same class with equal values."""
        return type(other) is type(self) and all(
            getattr(self, n) == getattr(other, n) for n in self.__slots__
        )

    __hash__ = None  # type: ignore[assignment]


class Address(_Value):
    """Billing, shipping or corporate address; contact address (no id/phone)."""

    __slots__ = (
        "city", "contact", "country", "extras", "id", "line1", "line2", "phone",
        "postal_code", "province",
    )  # fmt: skip

    def __init__(
        self,
        *,
        id: Any = None,
        line1: Any = None,
        line2: Any = None,
        city: Any = None,
        province: Any = None,
        postal_code: Any = None,
        country: Any = None,
        phone: Any = None,
        contact: Any = None,
        extras: dict[str, Any] = EMPTY,
    ) -> None:
        """Keep the values as given: the loader or the mapping checked them."""
        self.id = id
        self.line1 = line1
        self.line2 = line2
        self.city = city
        self.province = province
        self.postal_code = postal_code
        self.country = country
        self.phone = phone
        self.contact = contact
        self.extras = extras


class Contact(_Value):
    """Primary contact or address contact (the latter without phones)."""

    __slots__ = (
        "address", "email", "extras", "fax", "first_name", "last_name",
        "middle_name", "mobile", "phone", "salutation",
    )  # fmt: skip

    def __init__(
        self,
        *,
        salutation: Any = None,
        first_name: Any = None,
        middle_name: Any = None,
        last_name: Any = None,
        email: Any = None,
        phone: Any = None,
        mobile: Any = None,
        fax: Any = None,
        address: Any = None,
        extras: dict[str, Any] = EMPTY,
    ) -> None:
        """Keep the values as given: the loader or the mapping checked them."""
        self.salutation = salutation
        self.first_name = first_name
        self.middle_name = middle_name
        self.last_name = last_name
        self.email = email
        self.phone = phone
        self.mobile = mobile
        self.fax = fax
        self.address = address
        self.extras = extras


class Ref(_Value):
    """Payment terms, parent, subsidiary."""

    __slots__ = ("extras", "id", "name")

    def __init__(
        self, *, id: Any = None, name: Any = None, extras: dict[str, Any] = EMPTY
    ) -> None:
        """Keep the values as given: the loader or the mapping checked them."""
        self.id = id
        self.name = name
        self.extras = extras


class Customer(_Value):
    """The accounting customer."""

    __slots__ = (
        "account", "active", "billing_address", "contact", "corporate_address",
        "created_date", "credit_limit", "currency", "description", "end_date",
        "external_id", "extras", "id", "language", "modified_date", "name",
        "parent", "payment_terms", "price_level", "shipping_address", "subsidiary",
        "tax_code", "tax_id", "total_outstanding_amount", "total_paid_amount",
        "web_site",
    )  # fmt: skip

    def __init__(
        self,
        *,
        id: Any = None,
        name: Any = None,
        external_id: Any = None,
        active: Any = None,
        currency: Any = None,
        credit_limit: Any = None,
        description: Any = None,
        web_site: Any = None,
        total_outstanding_amount: Any = None,
        total_paid_amount: Any = None,
        account: Any = None,
        created_date: Any = None,
        modified_date: Any = None,
        end_date: Any = None,
        language: Any = None,
        price_level: Any = None,
        tax_code: Any = None,
        tax_id: Any = None,
        corporate_address: Any = None,
        contact: Any = None,
        billing_address: Any = None,
        shipping_address: Any = None,
        payment_terms: Any = None,
        parent: Any = None,
        subsidiary: Any = None,
        extras: dict[str, Any] = EMPTY,
    ) -> None:
        """Keep the values as given: the loader or the mapping checked them."""
        self.id = id
        self.name = name
        self.external_id = external_id
        self.active = active
        self.currency = currency
        self.credit_limit = credit_limit
        self.description = description
        self.web_site = web_site
        self.total_outstanding_amount = total_outstanding_amount
        self.total_paid_amount = total_paid_amount
        self.account = account
        self.created_date = created_date
        self.modified_date = modified_date
        self.end_date = end_date
        self.language = language
        self.price_level = price_level
        self.tax_code = tax_code
        self.tax_id = tax_id
        self.corporate_address = corporate_address
        self.contact = contact
        self.billing_address = billing_address
        self.shipping_address = shipping_address
        self.payment_terms = payment_terms
        self.parent = parent
        self.subsidiary = subsidiary
        self.extras = extras


class Dto(_Value):
    """The tax engine's address."""

    __slots__ = (
        "city", "country", "county", "extras", "is_partial", "state", "street",
        "zip",
    )  # fmt: skip

    def __init__(
        self,
        *,
        street: Any = None,
        city: Any = None,
        county: Any = None,
        state: Any = None,
        zip: Any = None,
        country: Any = None,
        is_partial: Any = None,
        extras: dict[str, Any] = EMPTY,
    ) -> None:
        """Keep the values as given: the loader or the mapping checked them."""
        self.street = street
        self.city = city
        self.county = county
        self.state = state
        self.zip = zip
        self.country = country
        self.is_partial = is_partial
        self.extras = extras


class Addresses(_Value):
    """Billing and shipping."""

    __slots__ = ("billing", "extras", "shipping")

    def __init__(
        self,
        *,
        billing: Any = None,
        shipping: Any = None,
        extras: dict[str, Any] = EMPTY,
    ) -> None:
        """Keep the values as given: the loader or the mapping checked them."""
        self.billing = billing
        self.shipping = shipping
        self.extras = extras


class Response(_Value):
    """The tax engine's customer record."""

    __slots__ = (
        "addresses", "b2b_or_b2c", "comment", "created_at", "customer_status",
        "customer_type", "email", "external_created_at", "external_id",
        "external_updated_at", "extras", "id", "name", "source", "tax_number",
        "tenant_id", "updated_at",
    )  # fmt: skip

    def __init__(
        self,
        *,
        id: Any = None,
        tenant_id: Any = None,
        source: Any = None,
        external_id: Any = None,
        name: Any = None,
        created_at: Any = None,
        updated_at: Any = None,
        external_created_at: Any = None,
        external_updated_at: Any = None,
        addresses: Any = None,
        b2b_or_b2c: Any = None,
        comment: Any = None,
        customer_status: Any = None,
        customer_type: Any = None,
        email: Any = None,
        tax_number: Any = None,
        extras: dict[str, Any] = EMPTY,
    ) -> None:
        """Keep the values as given: the loader or the mapping checked them."""
        self.id = id
        self.tenant_id = tenant_id
        self.source = source
        self.external_id = external_id
        self.name = name
        self.created_at = created_at
        self.updated_at = updated_at
        self.external_created_at = external_created_at
        self.external_updated_at = external_updated_at
        self.addresses = addresses
        self.b2b_or_b2c = b2b_or_b2c
        self.comment = comment
        self.customer_status = customer_status
        self.customer_type = customer_type
        self.email = email
        self.tax_number = tax_number
        self.extras = extras
