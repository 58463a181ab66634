import JSON

/// One invented contact person, as written to `contactpersonen.json`.
struct Contactpersoon: JSONRecord {
    var id: String
    var organisatie: String
    var voornaam: String
    var tussenvoegsel: String?
    var achternaam: String
    var functie: String?
    var emailadres: String
    var telefoonnummer: String?
    var isAanspreekpunt: Bool

    var json: JSON {
        var object = JSONObjectBuilder()
        object.add("id", id)
        object.add("organisatie", organisatie)
        object.add("voornaam", voornaam)
        object.add("tussenvoegsel", tussenvoegsel)
        object.add("achternaam", achternaam)
        object.add("functie", functie)
        object.add("emailadres", emailadres)
        object.add("telefoonnummer", telefoonnummer)
        object.add("isAanspreekpunt", isAanspreekpunt)
        return object.json
    }
}

/// Contact persons for every active organisation; the first of each is its aanspreekpunt.
struct Contactpersonen {
    var all: [Contactpersoon]
    /// Organisation id → indices into `all`, aanspreekpunt first.
    var byOrganisatie: [String: [Int]]

    /// The aanspreekpunt's id, if the organisation has contact persons.
    func aanspreekpunt(of organisatie: String) -> String? {
        byOrganisatie[organisatie]?.first.map { all[$0].id }
    }

    static func make(_ organisaties: Organisaties, seed: UInt64) -> Contactpersonen {
        var random = SplitMix64(seed: seed, stream: "contactpersonen")
        var planned: [(Organisatie, Int, [String])] = []
        for gemeente in organisaties.gemeenten { planned.append((gemeente, random.int(1...2), PersonNames.functiesGemeente)) }
        for samenwerking in organisaties.samenwerkingen where samenwerking.isActief {
            planned.append((samenwerking, 1, PersonNames.functiesSamenwerking))
        }
        for community in organisaties.communities { planned.append((community, 1, PersonNames.functiesSamenwerking)) }
        for leverancier in organisaties.leveranciers where leverancier.status != "Deactief" {
            planned.append((leverancier, random.int(1...3), PersonNames.functiesLeverancier))
        }
        let maker = IdMaker("cp", minimumWidth: 4, count: planned.reduce(0) { $0 + $1.1 })
        var result = Contactpersonen(all: [], byOrganisatie: [:])
        for (organisatie, count, functies) in planned {
            for position in 0..<count {
                let voornaam = random.pick(PersonNames.voornamen)
                let (tussenvoegsel, achternaam) = random.pick(PersonNames.achternamen)
                let local = slug(String(voornaam.prefix(1))) + "." + slug([tussenvoegsel, achternaam].compactMap { $0 }.joined(separator: " "))
                let person = Contactpersoon(
                    id: maker.id(result.all.count), organisatie: organisatie.id, voornaam: voornaam,
                    tussenvoegsel: tussenvoegsel, achternaam: achternaam, functie: random.pick(functies),
                    emailadres: local + "@" + organisatie.domain,
                    telefoonnummer: random.chance(0.5) ? fictionalPhoneNumber(&random) : nil,
                    isAanspreekpunt: position == 0)
                result.byOrganisatie[organisatie.id, default: []].append(result.all.count)
                result.all.append(person)
            }
        }
        return result
    }
}
