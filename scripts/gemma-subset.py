#!/usr/bin/env python3
"""Schrijft het deel van het GEMMA-model dat de Softwarecatalogus nodig heeft.

Invoer: een AMEFF 3.1-bestand met het volledige GEMMA-model (standaard
../shared/fixtures/ameff/gemma-release-from-coarchi.xml, release 2026-06-30, EUPL-1.2).
Uitvoer: een geldig AMEFF 3.1-bestand (standaard content/catalogus/gemma.xml) met:

- de naam, documentatie en eigenschappen van het model (waaronder Release);
- elke ApplicationComponent met GEMMA type Referentiecomponent of Buitengemeentelijke voorziening;
- elke Constraint met GEMMA type Standaard of Standaardversie;
- de ApplicationServices die een referentiecomponent realiseert;
- de views waarvan Publiceren "Softwarecatalogus" noemt, heel, met alles waarnaar ze verwijzen;
- elke relatie waarvan beide uiteinden bewaard zijn;
- alleen de eigenschapsdefinities die nog gebruikt worden;
- de mappen (organizations), ingekort tot items die naar bewaarde objecten wijzen.

Alleen de standaardbibliotheek van Python 3. Gebruik: scripts/gemma-subset.py [--in BESTAND] [--out BESTAND]
"""

import argparse
import os
import sys
import xml.etree.ElementTree as ET

NS = "http://www.opengroup.org/xsd/archimate/3.0/"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
A = "{" + NS + "}"
XSI_TYPE = "{" + XSI + "}type"

RC_TYPES = {"Referentiecomponent", "Buitengemeentelijke voorziening"}
STANDAARD_TYPES = {"Standaard", "Standaardversie"}

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_IN = os.path.join(ROOT, "..", "shared", "fixtures", "ameff", "gemma-release-from-coarchi.xml")
DEFAULT_OUT = os.path.join(ROOT, "content", "catalogus", "gemma.xml")


def property_names(model):
    """propid → naam; GEMMA-exports nummeren propids per export anders, dus we lezen op naam."""
    names = {}
    for definition in model.iter(A + "propertyDefinition"):
        name = definition.find(A + "name")
        names[definition.get("identifier")] = name.text if name is not None else ""
    return names


def properties(node, names):
    values = {}
    container = node.find(A + "properties")
    if container is None:
        return values
    for prop in container.findall(A + "property"):
        value = prop.find(A + "value")
        key = names.get(prop.get("propertyDefinitionRef"), "")
        values.setdefault(key, []).append(value.text if value is not None and value.text else "")
    return values


def gemma_type(node, names):
    found = properties(node, names).get("GEMMA type", [])
    return found[0] if found else None


def select(model, names):
    elements = model.find(A + "elements")
    relationships = model.find(A + "relationships")
    views = model.find(A + "views")
    element_by_id = {e.get("identifier"): e for e in elements}
    relationship_by_id = {r.get("identifier"): r for r in relationships}

    kept = set()
    referentiecomponenten = set()
    for element in elements:
        kind = element.get(XSI_TYPE)
        gtype = gemma_type(element, names)
        if kind == "ApplicationComponent" and gtype in RC_TYPES:
            kept.add(element.get("identifier"))
            if gtype == "Referentiecomponent":
                referentiecomponenten.add(element.get("identifier"))
        elif kind == "Constraint" and gtype in STANDAARD_TYPES:
            kept.add(element.get("identifier"))

    for relationship in relationships:
        if relationship.get(XSI_TYPE) != "Realization" or relationship.get("source") not in referentiecomponenten:
            continue
        target = element_by_id.get(relationship.get("target"))
        if target is not None and target.get(XSI_TYPE) == "ApplicationService":
            kept.add(target.get("identifier"))

    kept_views = []
    diagrams = views.find(A + "diagrams") if views is not None else None
    if diagrams is not None:
        for view in diagrams:
            publiceren = properties(view, names).get("Publiceren", [])
            if any("Softwarecatalogus" in value for value in publiceren):
                kept_views.append(view)

    kept_relationships = set()
    pending_relationships = []
    for view in kept_views:
        for node in view.iter(A + "node"):
            if node.get("elementRef"):
                kept.add(node.get("elementRef"))
        for connection in view.iter(A + "connection"):
            if connection.get("relationshipRef"):
                pending_relationships.append(connection.get("relationshipRef"))

    # A relationship a view draws keeps its ends; an end may itself be a relationship.
    while pending_relationships:
        identifier = pending_relationships.pop()
        if identifier in kept_relationships:
            continue
        kept_relationships.add(identifier)
        relationship = relationship_by_id[identifier]
        for end in (relationship.get("source"), relationship.get("target")):
            if end in relationship_by_id:
                pending_relationships.append(end)
            else:
                kept.add(end)

    # Relationships between kept concepts; repeat because relationships can point at relationships.
    changed = True
    while changed:
        changed = False
        for relationship in relationships:
            identifier = relationship.get("identifier")
            if identifier in kept_relationships:
                continue
            ends = (relationship.get("source"), relationship.get("target"))
            if all(end in kept or end in kept_relationships for end in ends):
                kept_relationships.add(identifier)
                changed = True

    return kept, kept_relationships, kept_views


def prune_organizations(model, keep_ids):
    organizations = model.find(A + "organizations")
    if organizations is None:
        return

    def prune(parent):
        for item in list(parent.findall(A + "item")):
            ref = item.get("identifierRef")
            if ref is not None:
                if ref not in keep_ids:
                    parent.remove(item)
                continue
            prune(item)
            if item.find(A + "item") is None:
                parent.remove(item)

    prune(organizations)
    if organizations.find(A + "item") is None:
        model.remove(organizations)


def prune_property_definitions(model):
    used = set()
    for node in model.iter():
        ref = node.get("propertyDefinitionRef")
        if ref:
            used.add(ref)
    for node in model.iter(A + "propertyDefinitionRef"):
        used.add(node.get("ref"))
    definitions = model.find(A + "propertyDefinitions")
    if definitions is None:
        return 0
    for definition in list(definitions):
        if definition.get("identifier") not in used:
            definitions.remove(definition)
    return len(definitions)


def main():
    parser = argparse.ArgumentParser(description="Schrijf het Softwarecatalogus-deel van het GEMMA-model.")
    parser.add_argument("--in", dest="source", default=DEFAULT_IN)
    parser.add_argument("--out", dest="target", default=DEFAULT_OUT)
    arguments = parser.parse_args()

    ET.register_namespace("", NS)
    ET.register_namespace("xsi", XSI)
    tree = ET.parse(arguments.source)
    model = tree.getroot()
    names = property_names(model)

    kept, kept_relationships, kept_views = select(model, names)

    elements = model.find(A + "elements")
    for element in list(elements):
        if element.get("identifier") not in kept:
            elements.remove(element)
    relationships = model.find(A + "relationships")
    for relationship in list(relationships):
        if relationship.get("identifier") not in kept_relationships:
            relationships.remove(relationship)
    if len(relationships) == 0:
        model.remove(relationships)
    diagrams = model.find(A + "views").find(A + "diagrams")
    kept_view_ids = {view.get("identifier") for view in kept_views}
    for view in list(diagrams):
        if view.get("identifier") not in kept_view_ids:
            diagrams.remove(view)

    dangling_view_refs = [
        ref.get("ref") for view in kept_views for ref in view.iter(A + "viewRef") if ref.get("ref") not in kept_view_ids
    ]
    if dangling_view_refs:
        sys.exit(f"gemma-subset: bewaarde views verwijzen naar weggelaten views: {sorted(set(dangling_view_refs))}")

    prune_organizations(model, kept | kept_relationships | kept_view_ids)
    definition_count = prune_property_definitions(model)

    ET.indent(tree, space="  ")
    os.makedirs(os.path.dirname(os.path.abspath(arguments.target)), exist_ok=True)
    with open(arguments.target, "wb") as output:
        output.write(b'<?xml version="1.0" encoding="UTF-8"?>\n')
        tree.write(output, encoding="utf-8", xml_declaration=False)
        output.write(b"\n")

    kinds = {}
    for element in elements:
        key = gemma_type(element, names) or element.get(XSI_TYPE)
        kinds[key] = kinds.get(key, 0) + 1
    print(f"gemma-subset: {arguments.target}")
    print(f"  elementen: {len(elements)}")
    for key in sorted(kinds, key=lambda k: (-kinds[k], k)):
        print(f"    {key}: {kinds[key]}")
    print(f"  relaties: {len(kept_relationships)}")
    print(f"  views: {len(kept_views)}")
    print(f"  eigenschapsdefinities: {definition_count}")


if __name__ == "__main__":
    main()
