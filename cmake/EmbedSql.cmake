# Writes OUTPUT, a C++ header holding each SQL file as a string constant, so
# the schema's migrations are real .sql files that a reader can open and the
# build embeds. Run by the build (core/CMakeLists.txt) whenever a file
# changes. Arguments: -DOUTPUT=path -DNAMESPACE=ns -DFILES="name=path;..."
# -DSTEPS=n, the number of format steps, named kMigration1 to kMigrationN,
# which are listed in order as kMigrations.
set(text "#pragma once\n\n// Written by cmake/EmbedSql.cmake from core/project/schema/*.sql: edit those.\nnamespace ${NAMESPACE} {\n")
foreach(entry IN LISTS FILES)
    string(REPLACE "=" ";" parts "${entry}")
    list(GET parts 0 name)
    list(GET parts 1 path)
    file(READ "${path}" sql)
    string(FIND "${sql}" ")SQL\"" clash)
    if(NOT clash EQUAL -1)
        message(FATAL_ERROR "${path} contains )SQL\", which would end the embedded string")
    endif()
    string(APPEND text "\ninline constexpr const char* ${name} = R\"SQL(${sql})SQL\";\n")
endforeach()
string(APPEND text "\n// The format steps in order: kMigrations[0] brings a file to version 1.\n")
string(APPEND text "inline constexpr const char* kMigrations[] = {")
foreach(step RANGE 1 ${STEPS})
    string(APPEND text "kMigration${step}, ")
endforeach()
string(APPEND text "};\n")
string(APPEND text "\n} // namespace ${NAMESPACE}\n")
file(WRITE "${OUTPUT}.new" "${text}")
file(COPY_FILE "${OUTPUT}.new" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.new")
