#include "report/OdtPageHeads.h"

#include "report/Svg.h"

#include <zip.h>

#include <memory>
#include <string_view>

namespace jointly::report {

namespace {

// The page: A4, 20 mm at the sides and 25 mm at the head and foot as in the
// PDF, with the running head in small type above the text and the page's
// number below it.
std::string stylesXml(const std::string& runningHead) {
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2">
<office:styles>
<style:style style:name="Running_20_head" style:display-name="Running head" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="Page_20_number" style:display-name="Page number" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8pt"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="JointlyPage"><style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" style:print-orientation="portrait" fo:margin-top="10mm" fo:margin-bottom="10mm" fo:margin-left="20mm" fo:margin-right="20mm"/><style:header-style><style:header-footer-properties fo:min-height="0mm" fo:margin-bottom="8mm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0mm" fo:margin-top="8mm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="JointlyPage"><style:header><text:p text:style-name="Running_20_head">)" +
           escapeXml(runningHead) +
           R"(</text:p></style:header><style:footer><text:p text:style-name="Page_20_number">Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>1</text:page-count></text:p></style:footer></style:master-page>
</office:master-styles>
</office:document-styles>
)";
}

struct ZipCloser {
    void operator()(zip_t* zip) const { zip_discard(zip); }
};

Error unreadable(const std::string& path) {
    return Error{ErrorKind::Invalid,
                 path + " is not an OpenDocument text that Jointly wrote; write the report again."};
}

// The manifest with styles.xml listed, after content.xml.
std::string withStyles(std::string manifest) {
    if (manifest.find("manifest:full-path=\"styles.xml\"") != std::string::npos) {
        return manifest;
    }
    const std::string_view content = "manifest:full-path=\"content.xml\"/>";
    const auto at = manifest.find(content);
    if (at == std::string::npos) {
        return {};
    }
    manifest.insert(at + content.size(), "\n <manifest:file-entry manifest:media-type=\"text/xml\" "
                                         "manifest:full-path=\"styles.xml\"/>");
    return manifest;
}

} // namespace

Status addOdtPageHeads(const std::string& path, const std::string& runningHead) {
    int error = 0;
    std::unique_ptr<zip_t, ZipCloser> zip(zip_open(path.c_str(), 0, &error));
    if (!zip) {
        return unreadable(path);
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    const auto manifestIndex = zip_name_locate(zip.get(), "META-INF/manifest.xml", 0);
    if (manifestIndex < 0 ||
        zip_stat_index(zip.get(), static_cast<zip_uint64_t>(manifestIndex), 0, &stat) != 0 ||
        stat.size > (1u << 20)) {
        return unreadable(path);
    }
    std::string manifest(static_cast<std::size_t>(stat.size), '\0');
    {
        zip_file_t* file = zip_fopen_index(zip.get(), static_cast<zip_uint64_t>(manifestIndex), 0);
        if (file == nullptr) {
            return unreadable(path);
        }
        const auto read = zip_fread(file, manifest.data(), stat.size);
        zip_fclose(file);
        if (read != static_cast<zip_int64_t>(stat.size)) {
            return unreadable(path);
        }
    }
    manifest = withStyles(std::move(manifest));
    if (manifest.empty()) {
        return unreadable(path);
    }
    // libzip keeps the buffers until the archive is written on close.
    const auto styles = stylesXml(runningHead);
    zip_source_t* stylesSource = zip_source_buffer(zip.get(), styles.data(), styles.size(), 0);
    zip_source_t* manifestSource =
        zip_source_buffer(zip.get(), manifest.data(), manifest.size(), 0);
    if (stylesSource == nullptr || manifestSource == nullptr ||
        zip_file_add(zip.get(), "styles.xml", stylesSource, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8) <
            0) {
        if (stylesSource != nullptr) {
            zip_source_free(stylesSource);
        }
        if (manifestSource != nullptr) {
            zip_source_free(manifestSource);
        }
        return unreadable(path);
    }
    if (zip_file_replace(zip.get(), static_cast<zip_uint64_t>(manifestIndex), manifestSource,
                         ZIP_FL_ENC_UTF_8) != 0) {
        zip_source_free(manifestSource);
        return unreadable(path);
    }
    if (zip_close(zip.get()) != 0) {
        return Error{ErrorKind::Storage, "Could not finish " + path + ": " +
                                             zip_strerror(zip.get()) +
                                             ". Check there is space on the disk."};
    }
    zip.release();
    return success();
}

} // namespace jointly::report
