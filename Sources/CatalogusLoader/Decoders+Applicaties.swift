import CatalogusModel

extension Applicatie {
    static func decode(_ r: inout FieldReader) -> Applicatie? {
        let id = r.string("id", required: true)
        let naam = r.string("naam", required: true)
        let kort = r.string("beschrijvingKort", required: true)
        let aanbieder = r.string("aanbieder", required: true)
        var value = Applicatie(id: id ?? "", naam: naam ?? "", beschrijvingKort: kort ?? "", aanbieder: aanbieder ?? "")
        value.beschrijvingLang = r.string("beschrijvingLang")
        value.status = r.enumeration("status") ?? .gepubliceerd
        value.geregistreerdDoor = r.string("geregistreerdDoor")
        value.type = r.enumeration("type")
        value.website = r.url("website")
        value.logo = r.url("logo")
        value.contactpersoon = r.string("contactpersoon")
        value.cloudDienstverleningsmodel = r.enumerations("cloudDienstverleningsmodel")
        value.hostingLocatie = r.enumeration("hostingLocatie")
        value.hostingJurisdictie = r.enumeration("hostingJurisdictie")
        value.licentietype = r.enumeration("licentietype")
        value.licentie = r.string("licentie")
        value.referentiecomponenten = r.strings("referentiecomponenten")
        value.onderdeelVan = r.strings("onderdeelVan")
        value.documenten = r.objects("documenten") { d in
            let titel = d.string("titel", required: true), url = d.url("url", required: true)
            let soort = d.string("soort")
            guard let titel, let url else { return nil }
            return Document(titel: titel, url: url, soort: soort)
        }
        value.opgegaanIn = r.string("opgegaanIn")
        return id == nil || naam == nil || kort == nil || aanbieder == nil ? nil : value
    }
}

extension Applicatieversie {
    static func decode(_ r: inout FieldReader) -> Applicatieversie? {
        let id = r.string("id", required: true)
        let applicatie = r.string("applicatie", required: true)
        let versie = r.string("versie", required: true)
        var value = Applicatieversie(id: id ?? "", applicatie: applicatie ?? "", versie: versie ?? "")
        value.beschrijvingKort = r.string("beschrijvingKort")
        value.status = r.enumeration("status")
        value.datumInOntwikkeling = r.date("datumInOntwikkeling")
        value.datumInGebruik = r.date("datumInGebruik")
        value.datumEindeOndersteuning = r.date("datumEindeOndersteuning")
        value.datumTeruggetrokken = r.date("datumTeruggetrokken")
        return id == nil || applicatie == nil || versie == nil ? nil : value
    }
}

extension Compliancy {
    static func decode(_ r: inout FieldReader) -> Compliancy? {
        let id = r.string("id", required: true)
        let applicatie = r.string("applicatie", required: true)
        let standaardversie = r.string("standaardversie", required: true)
        let ondersteund = r.bool("ondersteund", required: true)
        var value = Compliancy(id: id ?? "", applicatie: applicatie ?? "", standaardversie: standaardversie ?? "", ondersteund: ondersteund ?? false)
        value.toelichting = r.string("toelichting")
        value.url = r.url("url")
        return id == nil || applicatie == nil || standaardversie == nil || ondersteund == nil ? nil : value
    }
}

extension Dienst {
    static func decode(_ r: inout FieldReader) -> Dienst? {
        let id = r.string("id", required: true)
        let naam = r.string("naam", required: true)
        let aanbieder = r.string("aanbieder", required: true)
        let type: Soort? = r.enumeration("type", required: true)
        var value = Dienst(id: id ?? "", naam: naam ?? "", aanbieder: aanbieder ?? "", type: type ?? .hosting)
        value.beschrijvingKort = r.string("beschrijvingKort")
        value.beschrijvingLang = r.string("beschrijvingLang")
        value.website = r.url("website")
        value.applicaties = r.strings("applicaties")
        value.contactpersoon = r.string("contactpersoon")
        return id == nil || naam == nil || aanbieder == nil || type == nil ? nil : value
    }
}
