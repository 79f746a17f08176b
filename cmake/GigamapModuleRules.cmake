# The module dependency rules, checked at configure time (docs/design.md, the
# module map): geo-core is the domain and must never link Qt (nor GDAL, which
# belongs to the importers); the desktop's rooms use only the rooms they link.
# A broken rule fails the configure step with a clear message.
function(_gigamap_collect_links target out_var)
  set(seen "")
  set(queue "${target}")
  while(queue)
    list(POP_FRONT queue current)
    if(current IN_LIST seen)
      continue()
    endif()
    list(APPEND seen "${current}")
    if(TARGET "${current}")
      get_target_property(aliased "${current}" ALIASED_TARGET)
      if(aliased)
        list(APPEND queue "${aliased}")
      endif()
      foreach(prop LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
        get_target_property(links "${current}" ${prop})
        if(links)
          foreach(link IN LISTS links)
            string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" link "${link}")
            list(APPEND queue "${link}")
          endforeach()
        endif()
      endforeach()
    endif()
  endwhile()
  set(${out_var} "${seen}" PARENT_SCOPE)
endfunction()

# gigamap_forbid_link(<target> <pattern>... [REASON <text>]): <target> must not
# link (directly or through others) any target whose name starts with a pattern.
function(gigamap_forbid_link target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "REASON" "")
  if(NOT arg_REASON)
    set(arg_REASON "app -> importers -> geo-core")
  endif()
  _gigamap_collect_links(${target} links)
  list(REMOVE_ITEM links ${target})
  foreach(forbidden IN LISTS arg_UNPARSED_ARGUMENTS)
    foreach(link IN LISTS links)
      if(link MATCHES "(^|::)${forbidden}")
        message(FATAL_ERROR
          "Module rule broken: ${target} links ${link}, but must not depend on "
          "${forbidden} (${arg_REASON}; see docs/design.md, the module map).")
      endif()
    endforeach()
  endforeach()
endfunction()

# gigamap_check_room_includes(<target> <rooms>): every room-qualified include
# ("map/map_canvas.h") in <target>'s sources and the headers beside them names
# the target's own room or a room gigamap_desktop_<room> that <target> links,
# so that a room's links are the whole truth about what it uses.
function(gigamap_check_room_includes target rooms)
  get_target_property(dir ${target} SOURCE_DIR)
  get_filename_component(own_room "${dir}" NAME)
  _gigamap_collect_links(${target} links)
  file(GLOB_RECURSE files "${dir}/*.h" "${dir}/*.cpp")
  if(NOT target MATCHES "^gigamap_desktop_")
    get_target_property(files ${target} SOURCES)
    list(TRANSFORM files PREPEND "${dir}/")
  endif()
  foreach(file IN LISTS files)
    file(STRINGS "${file}" includes REGEX "^#include \"[a-z_]+/")
    foreach(line IN LISTS includes)
      string(REGEX REPLACE "^#include \"([a-z_]+)/.*" "\\1" room "${line}")
      if(room STREQUAL own_room OR NOT room IN_LIST rooms)
        continue()
      endif()
      if(NOT "gigamap_desktop_${room}" IN_LIST links)
        message(FATAL_ERROR
          "Room rule broken: ${file} includes ${room}/, but ${target} does not link "
          "gigamap_desktop_${room} (app/desktop/README.md lists what each room may use).")
      endif()
    endforeach()
  endforeach()
endfunction()
