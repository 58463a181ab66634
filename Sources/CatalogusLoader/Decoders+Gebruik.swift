import CatalogusModel

extension Gebruik {
    static func decode(_ r: inout FieldReader) -> Gebruik? {
        let id = r.string("id", required: true)
        let afnemer = r.string("afnemer", required: true)
        let applicatie = r.string("applicatie", required: true)
        let status: Status? = r.enumeration("status", required: true)
        var value = Gebruik(id: id ?? "", afnemer: afnemer ?? "", applicatie: applicatie ?? "", status: status ?? .inProductie)
        value.applicatieversie = r.string("applicatieversie")
        value.startDatumVerwerving = r.date("startDatumVerwerving")
        value.startDatumGepland = r.date("startDatumGepland")
        value.startDatumInProductie = r.date("startDatumInProductie")
        value.startDatumUitTeFaseren = r.date("startDatumUitTeFaseren")
        value.startDatumUitgefaseerd = r.date("startDatumUitgefaseerd")
        value.referentiecomponenten = r.strings("referentiecomponenten")
        value.diensten = r.strings("diensten")
        value.deelnemers = r.strings("deelnemers")
        value.cloudDienstverleningsmodel = r.enumerations("cloudDienstverleningsmodel")
        value.verwerkingen = r.objects("verwerkingen") { v in
            guard let naam = v.string("naam", required: true) else { return nil }
            var verwerking = Verwerking(naam: naam)
            verwerking.doel = v.string("doel")
            verwerking.grondslag = v.string("grondslag")
            verwerking.categorieenPersoonsgegevens = v.strings("categorieenPersoonsgegevens")
            verwerking.categorieenBetrokkenen = v.strings("categorieenBetrokkenen")
            verwerking.bewaartermijn = v.string("bewaartermijn")
            return verwerking
        }
        value.interneAantekening = r.string("interneAantekening")
        return id == nil || afnemer == nil || applicatie == nil || status == nil ? nil : value
    }
}

extension Koppeling {
    static func decode(_ r: inout FieldReader) -> Koppeling? {
        let id = r.string("id", required: true)
        let bron = r.string("bron", required: true)
        var value = Koppeling(id: id ?? "", bron: bron ?? "")
        value.doel = r.string("doel")
        value.buitengemeentelijkeVoorziening = r.string("buitengemeentelijkeVoorziening")
        if (value.doel == nil) == (value.buitengemeentelijkeVoorziening == nil) {
            let both = value.doel != nil
            r.report(.error(both ? r.location(of: "buitengemeentelijkeVoorziening") : r.location, LoaderMessages.koppelingTarget(bothGiven: both)))
        }
        value.naam = r.string("naam")
        value.beschrijvingKort = r.string("beschrijvingKort")
        value.richting = r.enumeration("richting")
        value.type = r.enumeration("type")
        value.status = r.enumeration("status")
        value.standaardversies = r.strings("standaardversies")
        value.intermediair = r.string("intermediair")
        return id == nil || bron == nil ? nil : value
    }
}

extension Beoordeling {
    static func decode(_ r: inout FieldReader) -> Beoordeling? {
        let id = r.string("id", required: true)
        let afnemer = r.string("afnemer", required: true)
        let waardering = r.integer("waardering", in: 1...5, required: true)
        var value = Beoordeling(id: id ?? "", afnemer: afnemer ?? "", waardering: waardering ?? 1)
        value.applicatie = r.string("applicatie")
        value.dienst = r.string("dienst")
        if (value.applicatie == nil) == (value.dienst == nil) {
            r.report(.error(r.location, LoaderMessages.beoordelingSubject))
        }
        value.toelichting = r.string("toelichting")
        value.datum = r.date("datum")
        value.status = r.enumeration("status")
        return id == nil || afnemer == nil || waardering == nil ? nil : value
    }
}

extension Contract {
    static func decode(_ r: inout FieldReader) -> Contract? {
        let id = r.string("id", required: true)
        let gebruik = r.string("gebruik", required: true)
        var value = Contract(id: id ?? "", gebruik: gebruik ?? "")
        value.dienst = r.string("dienst")
        value.contractType = r.enumeration("contractType")
        value.startDatum = r.date("startDatum")
        value.eindDatum = r.date("eindDatum")
        value.verlengingsopties = r.string("verlengingsopties")
        value.kosten = r.number("kosten")
        value.kostenPeriode = r.enumeration("kostenPeriode")
        value.status = r.enumeration("status")
        return id == nil || gebruik == nil ? nil : value
    }
}
