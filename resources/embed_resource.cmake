# Turns a resource file into a C++ source defining `std::string_view sbw::resources::NAME()`, so the
# programs carry their reference data and never read the source tree at run time.
# Usage: cmake -DINPUT=file -DOUTPUT=file.cpp -DNAME=function -P embed_resource.cmake
file(READ "${INPUT}" content HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${content}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n  " bytes "${bytes}")
get_filename_component(source_name "${INPUT}" NAME)
file(WRITE "${OUTPUT}.tmp" "// Generated from resources/${source_name} by resources/embed_resource.cmake. Do not edit.
#include <string_view>

namespace sbw::resources {
namespace {
constexpr unsigned char kData[] = {
  ${bytes}0x00};
}  // namespace

std::string_view ${NAME}() { return {reinterpret_cast<const char*>(kData), sizeof(kData) - 1}; }

}  // namespace sbw::resources
")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
