"""Fuzzing every form validator in psmdesk.domain (hypothesis, a modest budget): whatever a form, a
pasted cell or a bundle puts into the input models, a `check_*` function returns its issues and
never raises (issue 9, item 4).

The inputs are built from the type hints of each function and model: arbitrary text mixed with the
codes the choice lists know (so the deeper rules run too), any date from year 1 to 9999, any float
including NaN and infinity, huge and negative integers. `today` alone stays a plausible clock."""

from __future__ import annotations

import dataclasses
import enum
import inspect
import types
import typing
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from typing import Any

import pydantic
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from psmdesk.domain import (
    address,
    casework,
    choices,
    dates,
    empowerment,
    household,
    kk,
    kube,
    kube_cash,
    meals,
    names,
    nik,
    person,
    phone,
)
from psmdesk.domain.issues import Issue

FUZZ = settings(max_examples=80, deadline=None)
MODULES = (address, casework, dates, empowerment, household, kk, kube, kube_cash, meals, names, nik, person, phone)
#: Parsers that answer None for what they cannot read, checked alongside the validators.
PARSERS = {"parse_date", "parse_rupiah", "parse_latlon", "normalise_rt_rw", "normalise_time", "normalise_nik",
           "normalise_group", "name_error"}


def _codes() -> list[str]:
    """Every code of every fixed choice list in the domain: text that reaches the deeper rules."""
    found: set[str] = set()
    for module in (choices, *MODULES):
        for value in vars(module).values():
            if isinstance(value, tuple) and value and all(
                    isinstance(v, tuple) and len(v) == 2 and isinstance(v[0], str) for v in value):
                found.update(code for code, _label in value)
    return sorted(found)


HOSTILE = ["", " ", "\t\n", "-", "0", "=1+1", "\x00", "\u200b", "NaN", "1e999", "3,17108E+15", "3171080507800003",
           "317108050780000", "31.71.08.1001", "31.71.08", "RT 003/RW 005", "0812-3456-7890", "+62 812 3456 7890",
           "٣١٧١٠٨٠٥٠٧٨٠٠٠٠٣", "Ⅻ", "𝟑𝟏𝟕𝟏", "x" * 300, "17/08/1960", "31/02/2020", "Rp 1.500.000", "1,5 juta",
           "25:99", "07.30", "-6.2, 106.8", "999, 999", "ﬀ", "Ǆ", "İ", "'; DROP TABLE households; --"]
TEXT = st.one_of(st.text(max_size=40), st.sampled_from(HOSTILE), st.sampled_from(_codes()))
ANY_DATE = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
TODAY = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))


def strategy(hint: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is type(None) or hint is None:
        return st.none()
    if hint is Any or hint is object:
        return st.one_of(TEXT, st.none(), st.integers())
    if origin in (typing.Union, types.UnionType):
        return st.one_of(*(strategy(a, depth) for a in args))
    if origin is typing.Literal:
        return st.sampled_from(args)
    if origin in (list, Sequence, tuple) or hint in (list, tuple):
        item = strategy(args[0], depth + 1) if args else TEXT
        if origin is tuple and args and args[-1] is not Ellipsis:
            return st.tuples(*(strategy(a, depth + 1) for a in args))
        values = st.lists(item, max_size=4 if depth < 2 else 1)
        return values.map(tuple) if origin is tuple else values
    if origin in (set, frozenset):
        return st.frozensets(strategy(args[0], depth + 1), max_size=4)
    if origin is dict:
        return st.dictionaries(strategy(args[0], depth + 1), strategy(args[1], depth + 1), max_size=4)
    if hint is bool:
        return st.booleans()
    if hint is str:
        return TEXT
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return st.sampled_from(list(hint))
    if hint is int:
        return st.one_of(st.integers(-5, 200), st.integers(-(2**70), 2**70))
    if hint is float:
        return st.one_of(st.floats(), st.floats(-200, 200), st.integers(-(10**6), 10**6).map(float))
    if hint is datetime:
        return st.datetimes()
    if hint is date:
        return ANY_DATE
    if hint is time:
        return st.times()
    if isinstance(hint, type) and (issubclass(hint, pydantic.BaseModel) or dataclasses.is_dataclass(hint)):
        return instances(hint, depth + 1)
    raise NotImplementedError(f"no strategy for {hint!r}")


def _hints(target: Any) -> dict[str, Any]:
    module = vars(inspect.getmodule(target) or typing)
    return typing.get_type_hints(target, globalns=module)


@st.composite
def _model(draw: st.DrawFn, cls: type) -> Any:
    hints = _hints(cls)
    if issubclass(cls, pydantic.BaseModel):
        values = {name: draw(strategy(hints[name])) for name in cls.model_fields if name in hints}
        try:
            return cls.model_validate(values)
        except pydantic.ValidationError:
            assume(False)  # not a value the model (the form) can hold
    fields = [f for f in dataclasses.fields(cls) if f.init]
    return cls(**{f.name: draw(strategy(hints[f.name])) for f in fields})


def instances(cls: type, depth: int = 0) -> st.SearchStrategy[Any]:
    return _model(cls)


def arguments(fn: Callable[..., Any]) -> st.SearchStrategy[dict[str, Any]]:
    hints = _hints(fn)
    parameters = {}
    for name in inspect.signature(fn).parameters:
        if name == "today":
            parameters[name] = TODAY if "None" not in str(hints[name]) else st.one_of(st.none(), TODAY)
        elif name in ("field", "noun"):
            continue  # names of form fields, set by the code
        else:
            parameters[name] = strategy(hints[name])
    return st.fixed_dictionaries(parameters)


VALIDATORS = sorted(
    ((module.__name__.rsplit(".", 1)[1], name, fn) for module in MODULES for name, fn in vars(module).items()
     if inspect.isfunction(fn) and fn.__module__ == module.__name__
     and (name.startswith("check_") or name in PARSERS)),
    key=lambda v: (v[0], v[1]),
)


def test_every_validator_is_fuzzed() -> None:
    names_found = {f"{m}.{n}" for m, n, _fn in VALIDATORS}
    for expected in ("household.check_household", "household.check_member", "meals.check_delivery",
                     "kube.check_group", "casework.check_volunteer", "nik.check_nik", "kk.check_kk",
                     "phone.check_phone", "names.name_error", "address.check_address", "dates.parse_date",
                     "kube_cash.check_cash", "person.check_person"):
        assert expected in names_found


@pytest.mark.parametrize("fn", [v[2] for v in VALIDATORS], ids=[f"{v[0]}.{v[1]}" for v in VALIDATORS])
@FUZZ
@given(data=st.data())
def test_validators_return_issues_and_never_raise(fn: Callable[..., Any], data: st.DataObject) -> None:
    kwargs = data.draw(arguments(fn), label="arguments")
    result = fn(**kwargs)
    issues = result if isinstance(result, list) else getattr(result, "issues", None)
    if issues is not None:
        assert all(isinstance(i, Issue) or hasattr(i, "passed") for i in issues)
        for issue in issues:
            if isinstance(issue, Issue):
                assert isinstance(issue.message, str) and issue.message
