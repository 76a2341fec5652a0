"""SHACL Core constraints compiled to SPARQL, each answered by Oxigraph for every focus
node at once.

pySHACL walks the shapes one focus node and one value at a time over an rdflib graph: at
ingest that was three quarters of the time (benchmarks/RESULTS.md). Each core constraint
component has a meaning a SPARQL query states directly (SHACL 1.0 §4), and Oxigraph answers
such a query over a document in about a millisecond. A shape that uses anything not
compiled here (closed shapes, qualified value shapes, property pairs, nested property
shapes inside sh:or …) is left whole to pySHACL, so the result never depends on what this
module knows; tests check that both give the same findings on every shape test case.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH, XSD

RDF_TYPE_PATH = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>/<http://www.w3.org/2000/01/rdf-schema#subClassOf>*"

TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)

# lexical spaces of the datatypes whose ill-formed literals sh:datatype must refuse
LEXICAL_FORMS = {
    XSD.integer: r"^[+-]?[0-9]+$",
    XSD.nonNegativeInteger: r"^[+]?[0-9]+$|^-0+$",
    XSD.decimal: r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$",
    XSD.boolean: r"^(true|false|1|0)$",
    XSD.date: r"^-?[0-9]{4,}-[0-9]{2}-[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})?$",
    XSD.gYearMonth: r"^-?[0-9]{4,}-[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})?$",
    XSD.gYear: r"^-?[0-9]{4,}(Z|[+-][0-9]{2}:[0-9]{2})?$",
}

# calendar values whose form can be right and the value impossible: checked by casting
CALENDAR = frozenset({XSD.date, XSD.gYearMonth, XSD.gYear})

NODE_KINDS = {
    SH.IRI: "isIRI({v})",
    SH.BlankNode: "isBlank({v})",
    SH.Literal: "isLiteral({v})",
    SH.BlankNodeOrIRI: "(isIRI({v}) || isBlank({v}))",
    SH.BlankNodeOrLiteral: "(isBlank({v}) || isLiteral({v}))",
    SH.IRIOrLiteral: "(isIRI({v}) || isLiteral({v}))",
}

RANGES = {
    SH.minInclusive: ">=",
    SH.maxInclusive: "<=",
    SH.minExclusive: ">",
    SH.maxExclusive: "<",
}

# parameters of a shape that are not constraints, or that this module reads elsewhere
NOT_CONSTRAINTS = {
    RDF.type, SH.message, SH.severity, SH.name, SH.description, SH.order, SH.group,
    SH.path, SH.property, SH.sparql, SH.deactivated, SH.flags, SH.defaultValue,
    *TARGETS, URIRef("http://www.w3.org/2000/01/rdf-schema#label"),
    URIRef("http://www.w3.org/2000/01/rdf-schema#comment"),
}  # fmt: skip

MAX_NESTING = 8  # sh:node chains deeper than this (or cyclic) are left to pySHACL


class NotCompiled(Exception):
    """The shape uses a feature this module does not compile."""


@dataclass(frozen=True)
class CoreCheck:
    """One constraint component of one shape, as a query whose rows are its results."""

    shape: str  # the shape reported as sh:sourceShape
    component: str  # sh:…ConstraintComponent
    query: str  # SELECT ?this ?value (value unbound for counts)
    messages: dict[str, str]  # language → message
    severity: str  # Violation | Warning | Info
    path: str | None  # the predicate, when the path is one


@dataclass
class CompiledShapes:
    checks: list[CoreCheck]
    left_to_pyshacl: list[str]  # targeted shapes not compiled, by IRI or blank-node id


def compile_shapes(shapes: Graph) -> CompiledShapes:
    """Every targeted, active shape's core constraints as queries, or the shape's name in
    `left_to_pyshacl` when it uses something not compiled."""
    checks: list[CoreCheck] = []
    left: list[str] = []
    targeted = {s for target in TARGETS for s in shapes.subjects(target, None)}
    for shape in sorted(targeted, key=str):
        if shapes.value(shape, SH.deactivated) == Literal(True):
            continue
        try:
            checks += _shape_checks(shapes, shape)
        except NotCompiled:
            left.append(str(shape))
    return CompiledShapes(checks, left)


def run_checks(store: ox.Store, checks: list[CoreCheck]):
    """(check, focus term, value term or None) for every result of every check."""
    for check in checks:
        for row in store.query(check.query):
            yield check, row["this"], row["value"]


def _shape_checks(shapes: Graph, shape) -> list[CoreCheck]:
    target = target_pattern(shapes, shape)
    checks = []
    if shapes.value(shape, SH.path) is not None:  # a property shape with its own targets
        checks += _property_checks(shapes, shape, target)
    else:
        checks += _value_checks(shapes, shape, target, shape, path=None)
    for property_shape in shapes.objects(shape, SH.property):
        if shapes.value(property_shape, SH.deactivated) == Literal(True):
            continue
        checks += _property_checks(shapes, property_shape, target)
    return checks


def target_pattern(shapes: Graph, shape) -> str:
    """A group binding ?this to the shape's focus nodes, each once (all four target
    kinds; sh:targetClass with the subclasses the data declares)."""
    parts = []
    for cls in shapes.objects(shape, SH.targetClass):
        parts.append(f"?this {RDF_TYPE_PATH} {_term(cls)} .")
    for node in shapes.objects(shape, SH.targetNode):
        parts.append(f"VALUES ?this {{ {_term(node)} }}")
    for predicate in shapes.objects(shape, SH.targetSubjectsOf):
        parts.append(f"?this {_term(predicate)} [] .")
    for predicate in shapes.objects(shape, SH.targetObjectsOf):
        parts.append(f"[] {_term(predicate)} ?this .")
    union = " UNION ".join(f"{{ {p} }}" for p in parts)
    return f"{{ SELECT DISTINCT ?this WHERE {{ {union} }} }}"


def _property_checks(shapes: Graph, shape, target: str) -> list[CoreCheck]:
    path_node = shapes.value(shape, SH.path)
    path = _path(shapes, path_node)
    report_path = str(path_node) if isinstance(path_node, URIRef) else None
    if any(True for _ in shapes.objects(shape, SH.property)):
        raise NotCompiled("nested property shapes")
    checks = []
    make = _maker(shapes, shape, report_path)
    for count in shapes.objects(shape, SH.minCount):
        checks.append(make("MinCount", _count_query(target, path, "<", int(count))))
    for count in shapes.objects(shape, SH.maxCount):
        checks.append(make("MaxCount", _count_query(target, path, ">", int(count))))
    for value in shapes.objects(shape, SH.hasValue):
        query = f"SELECT ?this ?value WHERE {{ {target} FILTER NOT EXISTS {{ ?this {path} {_term(value)} }} }}"
        checks.append(make("HasValue", query))
    if shapes.value(shape, SH.uniqueLang) == Literal(True):
        query = (
            f"SELECT DISTINCT ?this ?value WHERE {{ {target} ?this {path} ?one , ?other . "
            "FILTER(isLiteral(?one) && lang(?one) != '' && lang(?one) = lang(?other) "
            "&& !sameTerm(?one, ?other)) }"
        )
        checks.append(make("UniqueLang", query))
    values = f"{target} ?this {path} ?value ."
    checks += _value_checks(shapes, shape, values, shape, report_path, skip=PROPERTY_ONLY)
    return checks


PROPERTY_ONLY = {
    SH.minCount,
    SH.maxCount,
    SH.hasValue,
    SH.uniqueLang,
    SH.qualifiedValueShapesDisjoint,
}


def _value_checks(
    shapes: Graph, shape, values: str, source, path: str | None, skip=frozenset()
) -> list[CoreCheck]:
    """One check per value constraint of `shape`, over the value nodes bound by `values`
    (the focus node itself for a node shape)."""
    if path is None and "?value" not in values:
        values = f"{values} BIND(?this AS ?value)"
    make = _maker(shapes, source, path)
    checks = []
    for component, condition in _conditions(shapes, shape, "?value", skip=skip, depth=0):
        selected = "?this" if component == "HasValue" else "?this ?value"  # SHACL §4.8.3
        query = f"SELECT DISTINCT {selected} WHERE {{ {values} FILTER(!({condition})) }}"
        checks.append(make(component, query))
    return checks


def _conditions(shapes: Graph, shape, v: str, *, skip=frozenset(), depth: int):
    """(component, SPARQL condition true when the value `v` conforms) for each value
    constraint of `shape`. Raises NotCompiled for anything else."""
    if depth > MAX_NESTING:
        raise NotCompiled("shapes nested too deep")
    if shapes.value(shape, SH.path) is not None and depth > 0:
        raise NotCompiled("a property shape used as a value shape")
    for predicate, value in sorted(
        shapes.predicate_objects(shape), key=lambda po: (str(po[0]), str(po[1]))
    ):
        if predicate in NOT_CONSTRAINTS or predicate in skip:
            continue
        if predicate == SH["class"]:
            yield "Class", f"EXISTS {{ {v} {RDF_TYPE_PATH} {_term(value)} }}"
        elif predicate == SH.datatype:
            yield "Datatype", _datatype_condition(value, v)
        elif predicate == SH.nodeKind and value in NODE_KINDS:
            yield "NodeKind", NODE_KINDS[value].format(v=v)
        elif predicate == SH.pattern:
            flags = shapes.value(shape, SH.flags)
            arguments = _string(str(value)) + (f", {_string(str(flags))}" if flags else "")
            yield "Pattern", f"(!isBlank({v}) && REGEX(STR({v}), {arguments}))"
        elif predicate in (SH.minLength, SH.maxLength):
            op = ">=" if predicate == SH.minLength else "<="
            name = "MinLength" if predicate == SH.minLength else "MaxLength"
            yield name, f"(!isBlank({v}) && STRLEN(STR({v})) {op} {int(value)})"
        elif predicate in RANGES:
            name = str(predicate).rsplit("#", 1)[-1]
            yield (
                name[0].upper() + name[1:],
                f"COALESCE({v} {RANGES[predicate]} {_term(value)}, false)",
            )
        elif predicate == SH["in"]:
            options = [f"sameTerm({v}, {_term(o)})" for o in Collection(shapes, value)]
            yield "In", "(" + (" || ".join(options) or "false") + ")"
        elif predicate == SH.hasValue:
            yield "HasValue", f"sameTerm({v}, {_term(value)})"
        elif predicate == SH.languageIn:
            ranges = [
                f"langMatches(lang({v}), {_string(str(o))})" for o in Collection(shapes, value)
            ]
            yield "LanguageIn", f"(isLiteral({v}) && ({' || '.join(ranges) or 'false'}))"
        elif predicate in (SH["or"], SH["and"], SH.xone):
            members = [_conjunction(shapes, m, v, depth + 1) for m in Collection(shapes, value)]
            name = {SH["or"]: "Or", SH["and"]: "And", SH.xone: "Xone"}[predicate]
            if predicate == SH.xone:
                counted = " + ".join(f"IF({m}, 1, 0)" for m in members) or "0"
                yield name, f"(({counted}) = 1)"
            else:
                joiner = " || " if predicate == SH["or"] else " && "
                empty = "false" if predicate == SH["or"] else "true"
                yield name, "(" + (joiner.join(members) or empty) + ")"
        elif predicate == SH["not"]:
            yield "Not", f"!({_conjunction(shapes, value, v, depth + 1)})"
        elif predicate == SH.node:
            yield "Node", _conjunction(shapes, value, v, depth + 1)
        else:
            raise NotCompiled(f"{predicate} is not compiled")


def _conjunction(shapes: Graph, shape, v: str, depth: int) -> str:
    """True when `v` conforms to every value constraint of a nested shape."""
    if any(True for _ in shapes.objects(shape, SH.property)):
        raise NotCompiled("a nested shape with property shapes")
    parts = [condition for _, condition in _conditions(shapes, shape, v, depth=depth)]
    return "(" + (" && ".join(parts) or "true") + ")"


def _datatype_condition(datatype, v: str) -> str:
    if datatype == RDF.langString:
        return f"(isLiteral({v}) && lang({v}) != '')"
    condition = f"(isLiteral({v}) && sameTerm(datatype({v}), {_term(datatype)})"
    if datatype == XSD.string:
        condition += f" && lang({v}) = ''"
    if datatype in LEXICAL_FORMS:
        condition += f" && REGEX(STR({v}), {_string(LEXICAL_FORMS[datatype])})"
    if datatype in CALENDAR:  # the form alone lets 2010-02-30 and 2010-13 through
        cast = f"{_term(datatype)}(STR({v}))"
        condition += f" && COALESCE({cast} = {cast}, false)"  # a cast that fails: not a date
    return condition + ")"


def _count_query(target: str, path: str, op: str, count: int) -> str:
    return (
        f"SELECT ?this WHERE {{ {target} OPTIONAL {{ ?this {path} ?value }} }} "
        f"GROUP BY ?this HAVING (COUNT(DISTINCT ?value) {op} {count})"
    )


def _maker(shapes: Graph, shape, path: str | None):
    messages = {}
    for message in shapes.objects(shape, SH.message):
        language = message.language if isinstance(message, Literal) and message.language else "en"
        messages[language.lower()] = str(message)
    severity_node = shapes.value(shape, SH.severity)
    severity = str(severity_node).rsplit("#", 1)[-1] if severity_node else "Violation"

    def make(component: str, query: str) -> CoreCheck:
        text = messages or {
            "en": f"{component} constraint not met" + (f" on {path}" if path else "")
        }
        return CoreCheck(
            str(shape), str(SH[component + "ConstraintComponent"]), query, text, severity, path
        )

    return make


def _path(shapes: Graph, node) -> str:
    """A SHACL property path as a SPARQL property path."""
    if isinstance(node, URIRef):
        return _term(node)
    if (node, RDF.first, None) in shapes:
        return "(" + "/".join(_path(shapes, step) for step in Collection(shapes, node)) + ")"
    for predicate, template in (
        (SH.inversePath, "^({})"),
        (SH.zeroOrMorePath, "({})*"),
        (SH.oneOrMorePath, "({})+"),
        (SH.zeroOrOnePath, "({})?"),
    ):
        inner = shapes.value(node, predicate)
        if inner is not None:
            return template.format(_path(shapes, inner))
    alternatives = shapes.value(node, SH.alternativePath)
    if alternatives is not None:
        return (
            "(" + "|".join(_path(shapes, step) for step in Collection(shapes, alternatives)) + ")"
        )
    raise NotCompiled(f"the path {node!r}")


def _term(term) -> str:
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        text = _string(str(term))
        if term.language:
            return f"{text}@{term.language}"
        return f"{text}^^<{term.datatype or XSD.string}>"
    if isinstance(term, BNode):
        raise NotCompiled("a blank node as a constant")
    raise NotCompiled(f"the term {term!r}")


def _string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid SPARQL string
