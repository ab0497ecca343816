# The layers of checks/ point one way: a file in one folder includes headers only from its own
# folder and the folders before it in LAYERS (checks/CMakeLists.txt), always as "folder/name.h".
# Every source file lives in a layer's folder.
#   cmake -DCHECKS_DIR=checks "-DLAYERS=core;input;..." -P cmake/check_layering.cmake
cmake_minimum_required(VERSION 3.25)
if(NOT CHECKS_DIR OR NOT LAYERS)
  message(FATAL_ERROR "usage: cmake -DCHECKS_DIR=DIR -DLAYERS=a;b;c -P check_layering.cmake")
endif()
get_filename_component(CHECKS_DIR "${CHECKS_DIR}" ABSOLUTE)

set(problems)
file(GLOB top_level RELATIVE ${CHECKS_DIR} ${CHECKS_DIR}/*)
foreach(entry IN LISTS top_level)
  if(IS_DIRECTORY ${CHECKS_DIR}/${entry})
    if(NOT entry IN_LIST LAYERS)
      list(APPEND problems "${entry}/ is not a layer (add it to JD_CHECKS_LAYERS)")
    endif()
  elseif(entry MATCHES "\\.(cpp|h)$")
    list(APPEND problems "${entry} is in no layer (move it into the folder of its job)")
  endif()
endforeach()

# Header name -> its layer, to catch an include without its folder.
foreach(layer IN LISTS LAYERS)
  file(GLOB headers RELATIVE ${CHECKS_DIR}/${layer} ${CHECKS_DIR}/${layer}/*.h)
  foreach(header IN LISTS headers)
    set(layer_of_${header} ${layer})
  endforeach()
endforeach()

set(rank 0)
foreach(layer IN LISTS LAYERS)
  set(rank_of_${layer} ${rank})
  math(EXPR rank "${rank} + 1")
endforeach()

set(files_seen 0)
foreach(layer IN LISTS LAYERS)
  file(GLOB_RECURSE sources RELATIVE ${CHECKS_DIR} ${CHECKS_DIR}/${layer}/*.cpp
       ${CHECKS_DIR}/${layer}/*.h)
  foreach(source IN LISTS sources)
    math(EXPR files_seen "${files_seen} + 1")
    file(STRINGS ${CHECKS_DIR}/${source} includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(line IN LISTS includes)
      string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*" "\\1" included "${line}")
      if(included MATCHES "^([^/]+)/")
        set(target_layer ${CMAKE_MATCH_1})
        if(target_layer IN_LIST LAYERS AND rank_of_${target_layer} GREATER rank_of_${layer})
          list(APPEND problems
               "${source} includes ${included}: ${target_layer}/ comes after ${layer}/")
        endif()
      elseif(DEFINED layer_of_${included})
        list(APPEND problems
             "${source} includes \"${included}\": write \"${layer_of_${included}}/${included}\"")
      endif()
    endforeach()
  endforeach()
endforeach()

if(files_seen EQUAL 0)
  list(APPEND problems "no source files under ${CHECKS_DIR}: is it the checks folder?")
endif()
if(problems)
  list(JOIN problems "\n  " text)
  message(FATAL_ERROR "checks/ layering (order: ${LAYERS}):\n  ${text}")
endif()
message(STATUS "checks/ layering holds: ${files_seen} files in ${LAYERS}")
