# Writes OUTPUT, a C++ header holding each Better Care Fund code list (a
# JSON file per planning year in core/bcf/data) as a string constant, so the
# lists are data files a reader can open and change for a new year, and the
# build embeds them. Run by the build (core/CMakeLists.txt) whenever a file
# changes. Arguments: -DOUTPUT=path -DFILES="path;path;..."
set(text "#pragma once\n\n// Written by cmake/EmbedCodeLists.cmake from core/bcf/data/*.json: edit those.\n#include <string_view>\n\nnamespace jointly::bcf {\n\nstruct EmbeddedCodeList {\n    std::string_view file;\n    std::string_view json;\n};\n\ninline constexpr EmbeddedCodeList kCodeListFiles[] = {\n")
foreach(path IN LISTS FILES)
    get_filename_component(name ${path} NAME)
    file(READ "${path}" json)
    string(FIND "${json}" ")JSON\"" clash)
    if(NOT clash EQUAL -1)
        message(FATAL_ERROR "${path} contains )JSON\", which would end the embedded string")
    endif()
    string(APPEND text "    {\"${name}\", R\"JSON(${json})JSON\"},\n")
endforeach()
string(APPEND text "};\n\n} // namespace jointly::bcf\n")
file(WRITE "${OUTPUT}.new" "${text}")
file(COPY_FILE "${OUTPUT}.new" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.new")
