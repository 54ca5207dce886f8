#include "sheets/XmlReading.h"

#include <memory>
#include <type_traits>

namespace jointly::sheets {

namespace {

struct ParserFree {
    void operator()(XML_Parser parser) const { XML_ParserFree(parser); }
};

} // namespace

std::string_view localName(const XML_Char* name) {
    std::string_view whole(name);
    const auto colon = whole.rfind(':');
    return colon == std::string_view::npos ? whole : whole.substr(colon + 1);
}

std::string attribute(const XML_Char** attributes, std::string_view wanted) {
    for (int i = 0; attributes[i] != nullptr; i += 2) {
        if (std::string_view(attributes[i]) == wanted) {
            return attributes[i + 1];
        }
    }
    return {};
}

// Parses the XML through `reading`; returns an empty string or what is wrong.
std::string parseXml(const std::string& xml, XmlReading& reading) {
    std::unique_ptr<std::remove_pointer_t<XML_Parser>, ParserFree> parser(
        XML_ParserCreate("UTF-8"));
    if (!parser) {
        return "there was not enough memory to read it";
    }
    struct Context {
        XML_Parser parser;
        XmlReading* reading;
        bool doctype = false;
    } context{parser.get(), &reading};
    XML_SetUserData(parser.get(), &context);
    XML_SetElementHandler(
        parser.get(),
        [](void* data, const XML_Char* name, const XML_Char** attributes) {
            auto* c = static_cast<Context*>(data);
            c->reading->start(localName(name), attributes);
            if (!c->reading->problem.empty()) {
                XML_StopParser(c->parser, XML_FALSE);
            }
        },
        [](void* data, const XML_Char* name) {
            auto* c = static_cast<Context*>(data);
            c->reading->end(localName(name));
            if (!c->reading->problem.empty()) {
                XML_StopParser(c->parser, XML_FALSE);
            }
        });
    XML_SetCharacterDataHandler(parser.get(), [](void* data, const XML_Char* text, int length) {
        static_cast<Context*>(data)->reading->text(
            std::string_view(text, static_cast<std::size_t>(length)));
    });
    // A spreadsheet's parts never declare a document type; one that does may
    // be trying to expand entities, so it is refused before any is read.
    XML_SetStartDoctypeDeclHandler(
        parser.get(), [](void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
            auto* c = static_cast<Context*>(data);
            c->doctype = true;
            XML_StopParser(c->parser, XML_FALSE);
        });
    const auto parsed = XML_Parse(parser.get(), xml.data(), static_cast<int>(xml.size()), XML_TRUE);
    if (context.doctype) {
        return "it declares a document type, which no spreadsheet writes";
    }
    if (!reading.problem.empty()) {
        return reading.problem;
    }
    if (parsed != XML_STATUS_OK) {
        return std::string("its XML is damaged at line ") +
               std::to_string(XML_GetCurrentLineNumber(parser.get())) + " (" +
               XML_ErrorString(XML_GetErrorCode(parser.get())) + ")";
    }
    return {};
}

} // namespace jointly::sheets
