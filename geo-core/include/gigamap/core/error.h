#pragma once

// The typed errors of gigamap. Each C library (SQLite/SpatiaLite, GEOS, PROJ)
// has one thin wrapper layer that turns its error codes into these; nothing
// throws through a C callback. Callers catch at their boundary (CLI main, GUI
// action slot) and show what() to the user: it names the file, table or field.

#include <stdexcept>
#include <string>

namespace gigamap::core {

// Base of every error gigamap reports to a user.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The project store: SQLite/SpatiaLite failures, schema and file problems.
class StoreError : public Error {
public:
    using Error::Error;
};

// The file is not a gigamap project (empty, text, plain SQLite, GeoPackage...).
class NotAProjectError : public StoreError {
public:
    using StoreError::StoreError;
};

// The project was written by a newer gigamap; it is refused untouched.
class NewerSchemaError : public StoreError {
public:
    using StoreError::StoreError;
};

// Another process holds the project open for editing.
class ProjectLockedError : public StoreError {
public:
    using StoreError::StoreError;
};

// Geometry could not be parsed, built or computed (GEOS, WKB).
class GeometryError : public Error {
public:
    using Error::Error;
};

// A coordinate reference system is unknown, unsuitable, or a transformation failed (PROJ).
class CrsError : public Error {
public:
    using Error::Error;
};

// A source file could not be imported as a whole (bad rows are data, not errors).
class ImportError : public Error {
public:
    using Error::Error;
};

// An analysis cannot run on the project as it is (e.g. no boundaries of the kind asked for).
class AnalysisError : public Error {
public:
    using Error::Error;
};

// Data could not be written out to another format.
class ExportError : public Error {
public:
    using Error::Error;
};

// Long work was cancelled through its Feedback; nothing was changed.
class CancelledError : public Error {
public:
    using Error::Error;
};

}  // namespace gigamap::core
