"""The pydantic v2 side: models with the seeds' checks, in pydantic's own terms.

Native types where pydantic's check is the rule (strict strings and booleans,
lengths, UUIDs, offset-aware date-times, enums, unknown keys kept with
``extra="allow"``); a function where pydantic has no such rule: money a JSON
number holds exactly, a date or a date-time kept as given, the response's
email (the shared email service), unknown keys as plain JSON
(``model_post_init``). Where pydantic is laxer (it also reads a UUID without
dashes, keeps a lone surrogate), the difference favours pydantic, never
custbridge.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    StrictBool,
    StrictStr,
)
from pydantic.alias_generators import to_camel

from framework_sides import rules
from framework_sides.mapping import Target, to_response
from framework_sides.rules import Kind, Label, Source, Status

Text = StrictStr | None
Money = Annotated[Decimal, PlainValidator(rules.parse_money)] | None
Calendar = Annotated[dt.date, PlainValidator(rules.parse_calendar)] | None
Stamp = Annotated[AwareDatetime, PlainSerializer(rules.rfc3339, when_used="json")]
Email = Annotated[StrictStr, AfterValidator(rules.email)] | None


def _limit(most: int) -> Any:
    return Field(None, max_length=most)


_NOTHING_KNOWN: frozenset[str] = frozenset()


class _Accounting(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, extra="allow", frozen=True)

    def model_post_init(self, context: Any, /) -> None:  # noqa: ARG002 - pydantic's
        """Refuse unknown keys that are not plain JSON (pydantic keeps anything)."""
        extra = self.__pydantic_extra__
        if extra:
            rules.extras(extra, _NOTHING_KNOWN)


class ContactAddress(_Accounting):  # noqa: D101
    line1: Text = None
    line2: Text = None
    city: Text = None
    province: Text = None
    postal_code: Text = None
    country: Text = None


class CorporateAddress(ContactAddress):  # noqa: D101
    id: Text = None
    phone: Text = None


class AddressContact(_Accounting):  # noqa: D101
    first_name: Text = None
    middle_name: Text = None
    last_name: Text = None
    email: Text = None


class PrimaryContact(AddressContact):  # noqa: D101
    salutation: Text = None
    phone: Text = None
    mobile: Text = None
    fax: Text = None
    address: ContactAddress | None = None


class AccountingAddress(CorporateAddress):  # noqa: D101
    contact: AddressContact | None = None


class Ref(_Accounting):  # noqa: D101
    id: Text = None
    name: Text = None


class Customer(_Accounting):  # noqa: D101
    id: StrictStr
    name: StrictStr
    external_id: Text = None
    active: StrictBool | None = None
    currency: Text = None
    credit_limit: Money = None
    description: Text = None
    web_site: Text = None
    total_outstanding_amount: Money = None
    total_paid_amount: Money = None
    account: Text = None
    created_date: Calendar = None
    modified_date: Calendar = None
    end_date: Calendar = None
    language: Text = None
    price_level: Text = None
    tax_code: Text = None
    tax_id: Text = None
    corporate_address: CorporateAddress | None = None
    contact: PrimaryContact | None = None
    billing_address: AccountingAddress | None = None
    shipping_address: AccountingAddress | None = None
    payment_terms: Ref | None = None
    parent: Ref | None = None
    subsidiary: Ref | None = None


class _Engine(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)
    model_post_init = _Accounting.model_post_init


class Dto(_Engine):  # noqa: D101
    street: Text = _limit(rules.STREET_MAX)
    city: Text = _limit(rules.CITY_MAX)
    county: Text = _limit(rules.COUNTY_MAX)
    state: Text = _limit(rules.STATE_MAX)
    zip: Text = _limit(rules.ZIP_MAX)
    country: Text = _limit(rules.COUNTRY_MAX)
    is_partial: StrictBool | None = None


class Addresses(_Engine):  # noqa: D101
    billing: Dto | None = None
    shipping: Dto | None = None


class Response(_Engine):  # noqa: D101
    id: uuid.UUID
    tenant_id: uuid.UUID
    source: Source
    external_id: StrictStr = Field(min_length=1, max_length=rules.EXTERNAL_ID_MAX)
    name: StrictStr = Field(max_length=rules.NAME_MAX)
    created_at: Stamp
    updated_at: Stamp
    external_created_at: Stamp
    external_updated_at: Stamp
    addresses: Addresses | None = None
    b2b_or_b2c: Label | None = None
    comment: Text = _limit(rules.COMMENT_MAX)
    customer_status: Status | None = None
    customer_type: Kind | None = None
    email: Email = None
    tax_number: Text = _limit(rules.TAX_NUMBER_MAX)


TARGET = Target(Response, Addresses, Dto)
load_accounting = Customer.model_validate
load_response = Response.model_validate


def dump_response(r: Response) -> dict[str, Any]:
    """Write the record as JSON-ready values."""
    return r.model_dump(mode="json")


def pipeline(d: Any, tenant: uuid.UUID, source: Source, now: dt.datetime) -> Any:
    """Load, map, dump."""
    customer = Customer.model_validate(d)
    response = to_response(customer, TARGET, tenant=tenant, source=source, now=now)
    return response.model_dump(mode="json")
