/// The parts of the package around the worksheets: the smallest set Excel, LibreOffice and
/// openpyxl open without complaint.
enum Package {
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\r\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func contentTypes(sheetCount: Int) -> [UInt8] {
        var xml = declaration
        xml += #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        xml += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        xml += #"<Default Extension="xml" ContentType="application/xml"/>"#
        xml += #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        xml += #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        for number in 1...sheetCount {
            xml += #"<Override PartName="/xl/worksheets/sheet\#(number).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        xml += "</Types>"
        return Array(xml.utf8)
    }

    static let rootRelationships = Array((declaration
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="\#(relationshipsNamespace)/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>").utf8)

    /// The sheet list, and per sheet the hidden `_FilterDatabase` name that Excel writes next to
    /// every autofilter it saves; we write the same, so no reader finds the filter half-described.
    static func workbook(_ sheets: [Sheet]) -> [UInt8] {
        var xml: [UInt8] = []
        xml.append(contentsOf: declaration.utf8)
        xml.append(contentsOf: #"<workbook xmlns="\#(mainNamespace)" xmlns:r="\#(relationshipsNamespace)"><sheets>"#.utf8)
        for (index, sheet) in sheets.enumerated() {
            xml.append(contentsOf: #"<sheet name=""#.utf8)
            XML.appendEscaped(sheet.name, to: &xml)
            xml.append(contentsOf: #"" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#.utf8)
        }
        xml.append(contentsOf: "</sheets><definedNames>".utf8)
        for (index, sheet) in sheets.enumerated() {
            xml.append(contentsOf: #"<definedName name="_xlnm._FilterDatabase" localSheetId="\#(index)" hidden="1">"#.utf8)
            XML.appendEscaped(absoluteReference(to: sheet), to: &xml)
            xml.append(contentsOf: "</definedName>".utf8)
        }
        xml.append(contentsOf: "</definedNames></workbook>".utf8)
        return xml
    }

    /// `'Name'!$A$1:$J$60001`, with apostrophes in the name doubled as formulas want.
    static func absoluteReference(to sheet: Sheet) -> String {
        let name = String(sheet.name.flatMap { $0 == "'" ? ["'", "'"] : [$0] })
        let lastColumn = columnLetters(sheet.table.columns.count - 1)
        return "'\(name)'!$A$1:$\(lastColumn)$\(sheet.table.rows.count + 1)"
    }

    /// Worksheets are `rId1` … `rIdN`, the styles come after them.
    static func workbookRelationships(sheetCount: Int) -> [UInt8] {
        var xml = declaration + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for number in 1...sheetCount {
            xml += #"<Relationship Id="rId\#(number)" Type="\#(relationshipsNamespace)/worksheet" Target="worksheets/sheet\#(number).xml"/>"#
        }
        xml += #"<Relationship Id="rId\#(sheetCount + 1)" Type="\#(relationshipsNamespace)/styles" Target="styles.xml"/>"#
        xml += "</Relationships>"
        return Array(xml.utf8)
    }

    /// Two cell formats: 0 for data, 1 (`Style.header`) with a bold font. The two fills are the
    /// ones Excel requires at positions 0 and 1 whether they are used or not.
    static let styles = Array((declaration
        + #"<styleSheet xmlns="\#(mainNamespace)">"#
        + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
        + #"<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>"#
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        + "</styleSheet>").utf8)

    /// Index of the bold cell format in `styles`.
    static let headerStyle = 1
}
