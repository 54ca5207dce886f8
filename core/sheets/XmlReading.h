#pragma once

#include <expat.h>

#include <string>
#include <string_view>

// Reading one XML part of a workbook with expat, for sheets/XlsxReader.cpp:
// each part's reading says what to do with the elements and text it meets.
// A part that declares a document type is refused before anything is read,
// so no entity can expand.
namespace jointly::sheets {

// What each part's reading does with the XML.
class XmlReading {
public:
    virtual ~XmlReading() = default;
    virtual void start(std::string_view name, const XML_Char** attributes) = 0;
    virtual void end(std::string_view name) = 0;
    virtual void text(std::string_view) {}
    // A reason to stop, as the end of a sentence; empty while all is well.
    std::string problem;
};

// The name without its namespace prefix: "x:row" is "row".
std::string_view localName(const XML_Char* name);

// The value of the attribute called `wanted`, or empty.
std::string attribute(const XML_Char** attributes, std::string_view wanted);

// Parses the XML through `reading`; returns an empty string, or what is
// wrong as the end of a sentence ("its XML is damaged at line 3 (...)").
std::string parseXml(const std::string& xml, XmlReading& reading);

} // namespace jointly::sheets
