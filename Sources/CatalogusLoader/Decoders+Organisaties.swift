import CatalogusModel

extension Organisatie {
    static func decode(_ r: inout FieldReader) -> Organisatie? {
        let id = r.string("id", required: true)
        let naam = r.string("naam", required: true)
        let type: Soort? = r.enumeration("type", required: true)
        var value = Organisatie(id: id ?? "", naam: naam ?? "", type: type ?? .gemeente)
        value.status = r.enumeration("status") ?? .actief
        value.website = r.url("website")
        value.beschrijvingKort = r.string("beschrijvingKort")
        value.beschrijvingLang = r.string("beschrijvingLang")
        value.logo = r.url("logo")
        value.cbsCode = r.string("cbsCode")
        value.provincie = r.string("provincie")
        value.inwonertal = r.integer("inwonertal", in: 0...100_000_000)
        value.kvkNummer = r.string("kvkNummer")
        value.emailadres = r.string("emailadres")
        value.telefoonnummer = r.string("telefoonnummer")
        value.deelnames = r.strings("deelnames")
        value.samenwerkingtype = r.string("samenwerkingtype")
        value.opgegaanIn = r.string("opgegaanIn")
        return id == nil || naam == nil || type == nil ? nil : value
    }
}

extension Contactpersoon {
    static func decode(_ r: inout FieldReader) -> Contactpersoon? {
        let id = r.string("id", required: true)
        let organisatie = r.string("organisatie", required: true)
        let email = r.string("emailadres", required: true)
        var value = Contactpersoon(id: id ?? "", organisatie: organisatie ?? "", emailadres: email ?? "")
        value.voornaam = r.string("voornaam")
        value.tussenvoegsel = r.string("tussenvoegsel")
        value.achternaam = r.string("achternaam")
        value.functie = r.string("functie")
        value.telefoonnummer = r.string("telefoonnummer")
        value.isAanspreekpunt = r.bool("isAanspreekpunt") ?? false
        return id == nil || organisatie == nil || email == nil ? nil : value
    }
}

extension CatalogusInfo {
    static func decode(_ r: inout FieldReader) -> CatalogusInfo? {
        let naam = r.string("naam") ?? ""
        let peildatum = r.date("peildatum")
        let url = r.url("gemmaOnlineUrl") ?? CatalogusInfo.defaultGemmaOnlineUrl
        return CatalogusInfo(naam: naam, peildatum: peildatum, gemmaOnlineUrl: url)
    }
}
