// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

/// The OpenAPI document and the documentation page, served at `/openapi.json` and `/docs`.
enum APIDocumentation {
    static let openAPI = ##"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "Keywords",
            "version": "1.0.0"
          },
          "paths": {
            "/health": {
              "get": {
                "operationId": "health",
                "summary": "Liveness: answers without touching the database.",
                "tags": [
                  "service"
                ],
                "responses": {
                  "200": {
                    "description": "Alive.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "properties": {
                            "status": {
                              "type": "string"
                            },
                            "app": {
                              "type": "string"
                            },
                            "version": {
                              "type": "string"
                            }
                          },
                          "required": [
                            "status",
                            "app",
                            "version"
                          ]
                        }
                      }
                    }
                  },
                  "414": {
                    "description": "The request target is longer than 8 KiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "431": {
                    "description": "The request headers are larger than 16 KiB or more than 100.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  }
                }
              }
            },
            "/ready": {
              "get": {
                "operationId": "ready",
                "summary": "Readiness: 200 when the database answers.",
                "tags": [
                  "service"
                ],
                "responses": {
                  "200": {
                    "description": "Ready.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "properties": {
                            "status": {
                              "type": "string"
                            }
                          },
                          "required": [
                            "status"
                          ]
                        }
                      }
                    }
                  },
                  "503": {
                    "description": "The database is unavailable.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "414": {
                    "description": "The request target is longer than 8 KiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "431": {
                    "description": "The request headers are larger than 16 KiB or more than 100.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  }
                }
              }
            },
            "/openapi.json": {
              "get": {
                "operationId": "openapi",
                "summary": "This document.",
                "tags": [
                  "service"
                ],
                "responses": {
                  "200": {
                    "description": "The OpenAPI document.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object"
                        }
                      }
                    }
                  },
                  "414": {
                    "description": "The request target is longer than 8 KiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "431": {
                    "description": "The request headers are larger than 16 KiB or more than 100.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  }
                }
              }
            },
            "/docs": {
              "get": {
                "operationId": "docs",
                "summary": "Human-readable API documentation.",
                "tags": [
                  "service"
                ],
                "responses": {
                  "200": {
                    "description": "An HTML page.",
                    "content": {
                      "text/html": {
                        "schema": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "414": {
                    "description": "The request target is longer than 8 KiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "431": {
                    "description": "The request headers are larger than 16 KiB or more than 100.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  }
                }
              }
            },
            "/tasks": {
              "get": {
                "operationId": "listTask",
                "summary": "List Task rows.",
                "tags": [
                  "Task"
                ],
                "responses": {
                  "200": {
                    "description": "One page of rows.",
                    "headers": {
                      "X-Total-Count": {
                        "description": "How many rows match, ignoring paging.",
                        "schema": {
                          "type": "integer"
                        }
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/Task"
                          }
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid parameters or body; every failing field is listed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ValidationError"
                        }
                      }
                    }
                  },
                  "503": {
                    "description": "The database is unavailable.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "414": {
                    "description": "The request target is longer than 8 KiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "431": {
                    "description": "The request headers are larger than 16 KiB or more than 100.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  }
                }
              },
              "post": {
                "operationId": "createTask",
                "summary": "Create a Task.",
                "tags": [
                  "Task"
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/TaskInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "Created.",
                    "headers": {
                      "Location": {
                        "description": "The new row's URL.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Task"
                        }
                      }
                    }
                  },
                  "413": {
                    "description": "The request body is larger than 1 MiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid parameters or body; every failing field is listed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ValidationError"
                        }
                      }
                    }
                  },
                  "503": {
                    "description": "The database is unavailable.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "414": {
                    "description": "The request target is longer than 8 KiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "431": {
                    "description": "The request headers are larger than 16 KiB or more than 100.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  }
                }
              }
            },
            "/tasks/{id}": {
              "get": {
                "operationId": "getTask",
                "summary": "Get one Task.",
                "tags": [
                  "Task"
                ],
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The row.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Task"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "No such row, or it belongs to another user.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid parameters or body; every failing field is listed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ValidationError"
                        }
                      }
                    }
                  },
                  "503": {
                    "description": "The database is unavailable.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "414": {
                    "description": "The request target is longer than 8 KiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "431": {
                    "description": "The request headers are larger than 16 KiB or more than 100.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  }
                }
              },
              "put": {
                "operationId": "replaceTask",
                "summary": "Replace a Task; absent optional fields reset to their defaults.",
                "tags": [
                  "Task"
                ],
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/TaskInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The row.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Task"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "No such row, or it belongs to another user.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "413": {
                    "description": "The request body is larger than 1 MiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid parameters or body; every failing field is listed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ValidationError"
                        }
                      }
                    }
                  },
                  "503": {
                    "description": "The database is unavailable.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "414": {
                    "description": "The request target is longer than 8 KiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "431": {
                    "description": "The request headers are larger than 16 KiB or more than 100.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  }
                }
              },
              "patch": {
                "operationId": "patchTask",
                "summary": "Change some fields of a Task.",
                "tags": [
                  "Task"
                ],
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/TaskPatch"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The row.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Task"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "No such row, or it belongs to another user.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "413": {
                    "description": "The request body is larger than 1 MiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid parameters or body; every failing field is listed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ValidationError"
                        }
                      }
                    }
                  },
                  "503": {
                    "description": "The database is unavailable.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "414": {
                    "description": "The request target is longer than 8 KiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "431": {
                    "description": "The request headers are larger than 16 KiB or more than 100.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  }
                }
              },
              "delete": {
                "operationId": "deleteTask",
                "summary": "Delete a Task.",
                "tags": [
                  "Task"
                ],
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Deleted; no body."
                  },
                  "404": {
                    "description": "No such row, or it belongs to another user.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid parameters or body; every failing field is listed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ValidationError"
                        }
                      }
                    }
                  },
                  "503": {
                    "description": "The database is unavailable.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "414": {
                    "description": "The request target is longer than 8 KiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "431": {
                    "description": "The request headers are larger than 16 KiB or more than 100.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  }
                }
              }
            },
            "/reserved": {
              "get": {
                "operationId": "listReserved",
                "summary": "List Reserved rows.",
                "tags": [
                  "Reserved"
                ],
                "parameters": [
                  {
                    "name": "case",
                    "in": "query",
                    "required": false,
                    "description": "Only rows whose case equals this.",
                    "schema": {
                      "type": "string",
                      "maxLength": 20,
                      "pattern": "^[^\\u0000]*$"
                    }
                  },
                  {
                    "name": "sort",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "default",
                        "in"
                      ],
                      "default": "default"
                    }
                  },
                  {
                    "name": "order",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "asc",
                        "desc"
                      ],
                      "default": "asc"
                    }
                  },
                  {
                    "name": "limit",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 100,
                      "default": 50
                    }
                  },
                  {
                    "name": "offset",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 0,
                      "maximum": 9223372036854775807,
                      "default": 0
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "One page of rows.",
                    "headers": {
                      "X-Total-Count": {
                        "description": "How many rows match, ignoring paging.",
                        "schema": {
                          "type": "integer"
                        }
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/Reserved"
                          }
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid parameters or body; every failing field is listed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ValidationError"
                        }
                      }
                    }
                  },
                  "503": {
                    "description": "The database is unavailable.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "414": {
                    "description": "The request target is longer than 8 KiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "431": {
                    "description": "The request headers are larger than 16 KiB or more than 100.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  }
                }
              },
              "post": {
                "operationId": "createReserved",
                "summary": "Create a Reserved.",
                "tags": [
                  "Reserved"
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/ReservedInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "Created.",
                    "headers": {
                      "Location": {
                        "description": "The new row's URL.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Reserved"
                        }
                      }
                    }
                  },
                  "413": {
                    "description": "The request body is larger than 1 MiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid parameters or body; every failing field is listed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ValidationError"
                        }
                      }
                    }
                  },
                  "503": {
                    "description": "The database is unavailable.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "414": {
                    "description": "The request target is longer than 8 KiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "431": {
                    "description": "The request headers are larger than 16 KiB or more than 100.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  }
                }
              }
            },
            "/reserved/{id}": {
              "get": {
                "operationId": "getReserved",
                "summary": "Get one Reserved.",
                "tags": [
                  "Reserved"
                ],
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The row.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Reserved"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "No such row, or it belongs to another user.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid parameters or body; every failing field is listed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ValidationError"
                        }
                      }
                    }
                  },
                  "503": {
                    "description": "The database is unavailable.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "414": {
                    "description": "The request target is longer than 8 KiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "431": {
                    "description": "The request headers are larger than 16 KiB or more than 100.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  }
                }
              },
              "put": {
                "operationId": "replaceReserved",
                "summary": "Replace a Reserved; absent optional fields reset to their defaults.",
                "tags": [
                  "Reserved"
                ],
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/ReservedInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The row.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Reserved"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "No such row, or it belongs to another user.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "413": {
                    "description": "The request body is larger than 1 MiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid parameters or body; every failing field is listed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ValidationError"
                        }
                      }
                    }
                  },
                  "503": {
                    "description": "The database is unavailable.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "414": {
                    "description": "The request target is longer than 8 KiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "431": {
                    "description": "The request headers are larger than 16 KiB or more than 100.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  }
                }
              },
              "patch": {
                "operationId": "patchReserved",
                "summary": "Change some fields of a Reserved.",
                "tags": [
                  "Reserved"
                ],
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/ReservedPatch"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The row.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Reserved"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "No such row, or it belongs to another user.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "413": {
                    "description": "The request body is larger than 1 MiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid parameters or body; every failing field is listed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ValidationError"
                        }
                      }
                    }
                  },
                  "503": {
                    "description": "The database is unavailable.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "414": {
                    "description": "The request target is longer than 8 KiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "431": {
                    "description": "The request headers are larger than 16 KiB or more than 100.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  }
                }
              },
              "delete": {
                "operationId": "deleteReserved",
                "summary": "Delete a Reserved.",
                "tags": [
                  "Reserved"
                ],
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Deleted; no body."
                  },
                  "404": {
                    "description": "No such row, or it belongs to another user.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid parameters or body; every failing field is listed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ValidationError"
                        }
                      }
                    }
                  },
                  "503": {
                    "description": "The database is unavailable.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "414": {
                    "description": "The request target is longer than 8 KiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "431": {
                    "description": "The request headers are larger than 16 KiB or more than 100.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  }
                }
              }
            },
            "/init": {
              "post": {
                "operationId": "createInit",
                "summary": "Create a Init.",
                "tags": [
                  "Init"
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/InitInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "Created.",
                    "headers": {
                      "Location": {
                        "description": "The new row's URL.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Init"
                        }
                      }
                    }
                  },
                  "413": {
                    "description": "The request body is larger than 1 MiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid parameters or body; every failing field is listed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ValidationError"
                        }
                      }
                    }
                  },
                  "503": {
                    "description": "The database is unavailable.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "414": {
                    "description": "The request target is longer than 8 KiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "431": {
                    "description": "The request headers are larger than 16 KiB or more than 100.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  }
                }
              }
            },
            "/init/{id}": {
              "get": {
                "operationId": "getInit",
                "summary": "Get one Init.",
                "tags": [
                  "Init"
                ],
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The row.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Init"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "No such row, or it belongs to another user.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid parameters or body; every failing field is listed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ValidationError"
                        }
                      }
                    }
                  },
                  "503": {
                    "description": "The database is unavailable.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "414": {
                    "description": "The request target is longer than 8 KiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "431": {
                    "description": "The request headers are larger than 16 KiB or more than 100.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  }
                }
              },
              "delete": {
                "operationId": "deleteInit",
                "summary": "Delete a Init.",
                "tags": [
                  "Init"
                ],
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Deleted; no body."
                  },
                  "404": {
                    "description": "No such row, or it belongs to another user.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid parameters or body; every failing field is listed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ValidationError"
                        }
                      }
                    }
                  },
                  "503": {
                    "description": "The database is unavailable.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "414": {
                    "description": "The request target is longer than 8 KiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "431": {
                    "description": "The request headers are larger than 16 KiB or more than 100.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  }
                }
              }
            },
            "/inout": {
              "post": {
                "operationId": "createInout",
                "summary": "Create a Inout.",
                "tags": [
                  "Inout"
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/InoutInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "Created.",
                    "headers": {
                      "Location": {
                        "description": "The new row's URL.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Inout"
                        }
                      }
                    }
                  },
                  "413": {
                    "description": "The request body is larger than 1 MiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid parameters or body; every failing field is listed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ValidationError"
                        }
                      }
                    }
                  },
                  "503": {
                    "description": "The database is unavailable.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "414": {
                    "description": "The request target is longer than 8 KiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "431": {
                    "description": "The request headers are larger than 16 KiB or more than 100.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  }
                }
              }
            },
            "/inout/{id}": {
              "get": {
                "operationId": "getInout",
                "summary": "Get one Inout.",
                "tags": [
                  "Inout"
                ],
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The row.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Inout"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "No such row, or it belongs to another user.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid parameters or body; every failing field is listed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ValidationError"
                        }
                      }
                    }
                  },
                  "503": {
                    "description": "The database is unavailable.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "414": {
                    "description": "The request target is longer than 8 KiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "431": {
                    "description": "The request headers are larger than 16 KiB or more than 100.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  }
                }
              },
              "delete": {
                "operationId": "deleteInout",
                "summary": "Delete a Inout.",
                "tags": [
                  "Inout"
                ],
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Deleted; no body."
                  },
                  "404": {
                    "description": "No such row, or it belongs to another user.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid parameters or body; every failing field is listed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ValidationError"
                        }
                      }
                    }
                  },
                  "503": {
                    "description": "The database is unavailable.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "414": {
                    "description": "The request target is longer than 8 KiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "431": {
                    "description": "The request headers are larger than 16 KiB or more than 100.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  }
                }
              }
            },
            "/default": {
              "post": {
                "operationId": "createDefault",
                "summary": "Create a Default.",
                "tags": [
                  "Default"
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/DefaultInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "Created.",
                    "headers": {
                      "Location": {
                        "description": "The new row's URL.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Default"
                        }
                      }
                    }
                  },
                  "413": {
                    "description": "The request body is larger than 1 MiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid parameters or body; every failing field is listed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ValidationError"
                        }
                      }
                    }
                  },
                  "503": {
                    "description": "The database is unavailable.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "414": {
                    "description": "The request target is longer than 8 KiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "431": {
                    "description": "The request headers are larger than 16 KiB or more than 100.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  }
                }
              }
            },
            "/default/{id}": {
              "get": {
                "operationId": "getDefault",
                "summary": "Get one Default.",
                "tags": [
                  "Default"
                ],
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The row.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Default"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "No such row, or it belongs to another user.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid parameters or body; every failing field is listed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ValidationError"
                        }
                      }
                    }
                  },
                  "503": {
                    "description": "The database is unavailable.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "414": {
                    "description": "The request target is longer than 8 KiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "431": {
                    "description": "The request headers are larger than 16 KiB or more than 100.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  }
                }
              },
              "delete": {
                "operationId": "deleteDefault",
                "summary": "Delete a Default.",
                "tags": [
                  "Default"
                ],
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Deleted; no body."
                  },
                  "404": {
                    "description": "No such row, or it belongs to another user.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid parameters or body; every failing field is listed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ValidationError"
                        }
                      }
                    }
                  },
                  "503": {
                    "description": "The database is unavailable.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "414": {
                    "description": "The request target is longer than 8 KiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "431": {
                    "description": "The request headers are larger than 16 KiB or more than 100.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  }
                }
              }
            },
            "/unsafe": {
              "post": {
                "operationId": "createUnsafe",
                "summary": "Create a Unsafe.",
                "tags": [
                  "Unsafe"
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/UnsafeInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "Created.",
                    "headers": {
                      "Location": {
                        "description": "The new row's URL.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Unsafe"
                        }
                      }
                    }
                  },
                  "413": {
                    "description": "The request body is larger than 1 MiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid parameters or body; every failing field is listed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ValidationError"
                        }
                      }
                    }
                  },
                  "503": {
                    "description": "The database is unavailable.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "414": {
                    "description": "The request target is longer than 8 KiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "431": {
                    "description": "The request headers are larger than 16 KiB or more than 100.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  }
                }
              }
            },
            "/unsafe/{id}": {
              "get": {
                "operationId": "getUnsafe",
                "summary": "Get one Unsafe.",
                "tags": [
                  "Unsafe"
                ],
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The row.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Unsafe"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "No such row, or it belongs to another user.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid parameters or body; every failing field is listed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ValidationError"
                        }
                      }
                    }
                  },
                  "503": {
                    "description": "The database is unavailable.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "414": {
                    "description": "The request target is longer than 8 KiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "431": {
                    "description": "The request headers are larger than 16 KiB or more than 100.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  }
                }
              },
              "delete": {
                "operationId": "deleteUnsafe",
                "summary": "Delete a Unsafe.",
                "tags": [
                  "Unsafe"
                ],
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Deleted; no body."
                  },
                  "404": {
                    "description": "No such row, or it belongs to another user.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Invalid parameters or body; every failing field is listed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ValidationError"
                        }
                      }
                    }
                  },
                  "503": {
                    "description": "The database is unavailable.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "414": {
                    "description": "The request target is longer than 8 KiB.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "431": {
                    "description": "The request headers are larger than 16 KiB or more than 100.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "components": {
            "schemas": {
              "Keyword": {
                "type": "string",
                "enum": [
                  "associatedtype",
                  "borrowing",
                  "class",
                  "consuming",
                  "deinit",
                  "enum",
                  "extension",
                  "fileprivate",
                  "func",
                  "import",
                  "init",
                  "inout",
                  "internal",
                  "let",
                  "nonisolated",
                  "open",
                  "operator",
                  "private",
                  "precedencegroup",
                  "protocol",
                  "public",
                  "rethrows",
                  "static",
                  "struct",
                  "subscript",
                  "typealias",
                  "var",
                  "break",
                  "case",
                  "catch",
                  "continue",
                  "default",
                  "defer",
                  "do",
                  "else",
                  "fallthrough",
                  "for",
                  "guard",
                  "if",
                  "in",
                  "repeat",
                  "return",
                  "throw",
                  "switch",
                  "where",
                  "while",
                  "as",
                  "await",
                  "false",
                  "is",
                  "nil",
                  "super",
                  "throws",
                  "true",
                  "try",
                  "associativity",
                  "async",
                  "convenience",
                  "didset",
                  "dynamic",
                  "final",
                  "get",
                  "indirect",
                  "infix",
                  "lazy",
                  "left",
                  "mutating",
                  "none",
                  "nonmutating",
                  "optional",
                  "override",
                  "package",
                  "postfix",
                  "precedence",
                  "prefix",
                  "required",
                  "right",
                  "set",
                  "some",
                  "type",
                  "unowned",
                  "weak",
                  "willset",
                  "any",
                  "consume",
                  "copy",
                  "discard",
                  "each",
                  "macro",
                  "sending",
                  "then",
                  "isolated",
                  "actor",
                  "unsafe"
                ]
              },
              "Task": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "title": {
                    "type": "string",
                    "maxLength": 80,
                    "pattern": "^[^\\u0000]*$"
                  }
                },
                "required": [
                  "id",
                  "title"
                ]
              },
              "TaskInput": {
                "type": "object",
                "properties": {
                  "title": {
                    "type": "string",
                    "maxLength": 80,
                    "pattern": "^[^\\u0000]*$"
                  }
                },
                "required": [
                  "title"
                ]
              },
              "TaskPatch": {
                "type": "object",
                "properties": {
                  "title": {
                    "type": "string",
                    "maxLength": 80,
                    "pattern": "^[^\\u0000]*$"
                  }
                }
              },
              "Reserved": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "keyword": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "associatedtype": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "borrowing": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "class": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "consuming": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "deinit": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "enum": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "extension": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "fileprivate": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "func": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "import": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "init": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "inout": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "internal": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "let": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "nonisolated": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "open": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "operator": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "private": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "precedencegroup": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "protocol": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "public": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "rethrows": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "static": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "struct": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "subscript": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "typealias": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "var": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "break": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "case": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "catch": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "continue": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "default": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "defer": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "do": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "else": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "fallthrough": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "for": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "guard": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "if": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "in": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "repeat": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "return": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "throw": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "switch": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "where": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "while": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "as": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "await": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "false": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "is": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "nil": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "super": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "throws": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "true": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "try": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "associativity": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "async": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "convenience": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "didset": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "dynamic": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "final": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "get": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "indirect": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "infix": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "lazy": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "left": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "mutating": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "none": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "nonmutating": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "optional": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "override": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "package": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "postfix": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "precedence": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "prefix": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "required": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "right": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "set": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "some": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "type": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "unowned": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "weak": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "willset": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "any": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "consume": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "copy": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "discard": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "each": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "macro": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "sending": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "then": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "isolated": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "actor": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "unsafe": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  }
                },
                "required": [
                  "id",
                  "keyword",
                  "associatedtype",
                  "borrowing",
                  "class",
                  "consuming",
                  "deinit",
                  "enum",
                  "extension",
                  "fileprivate",
                  "func",
                  "import",
                  "init",
                  "inout",
                  "internal",
                  "let",
                  "nonisolated",
                  "open",
                  "operator",
                  "private",
                  "precedencegroup",
                  "protocol",
                  "public",
                  "rethrows",
                  "static",
                  "struct",
                  "subscript",
                  "typealias",
                  "var",
                  "break",
                  "case",
                  "catch",
                  "continue",
                  "default",
                  "defer",
                  "do",
                  "else",
                  "fallthrough",
                  "for",
                  "guard",
                  "if",
                  "in",
                  "repeat",
                  "return",
                  "throw",
                  "switch",
                  "where",
                  "while",
                  "as",
                  "await",
                  "false",
                  "is",
                  "nil",
                  "super",
                  "throws",
                  "true",
                  "try",
                  "associativity",
                  "async",
                  "convenience",
                  "didset",
                  "dynamic",
                  "final",
                  "get",
                  "indirect",
                  "infix",
                  "lazy",
                  "left",
                  "mutating",
                  "none",
                  "nonmutating",
                  "optional",
                  "override",
                  "package",
                  "postfix",
                  "precedence",
                  "prefix",
                  "required",
                  "right",
                  "set",
                  "some",
                  "type",
                  "unowned",
                  "weak",
                  "willset",
                  "any",
                  "consume",
                  "copy",
                  "discard",
                  "each",
                  "macro",
                  "sending",
                  "then",
                  "isolated",
                  "actor",
                  "unsafe"
                ]
              },
              "ReservedInput": {
                "type": "object",
                "properties": {
                  "keyword": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "default": null
                  },
                  "associatedtype": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$",
                    "default": null
                  },
                  "borrowing": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "class": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "default": null
                  },
                  "consuming": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "default": null
                  },
                  "deinit": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$",
                    "default": null
                  },
                  "enum": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "extension": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "default": null
                  },
                  "fileprivate": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "default": null
                  },
                  "func": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$",
                    "default": null
                  },
                  "import": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "init": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "default": null
                  },
                  "inout": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "default": null
                  },
                  "internal": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$",
                    "default": null
                  },
                  "let": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "nonisolated": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "default": null
                  },
                  "open": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "default": null
                  },
                  "operator": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$",
                    "default": null
                  },
                  "private": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "precedencegroup": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "default": null
                  },
                  "protocol": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "default": null
                  },
                  "public": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$",
                    "default": null
                  },
                  "rethrows": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "static": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "default": null
                  },
                  "struct": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "default": null
                  },
                  "subscript": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$",
                    "default": null
                  },
                  "typealias": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "var": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "default": null
                  },
                  "break": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "default": null
                  },
                  "case": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$",
                    "default": null
                  },
                  "catch": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "continue": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "default": null
                  },
                  "default": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "default": null
                  },
                  "defer": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$",
                    "default": null
                  },
                  "do": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "else": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "default": null
                  },
                  "fallthrough": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "default": null
                  },
                  "for": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$",
                    "default": null
                  },
                  "guard": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "if": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "default": null
                  },
                  "in": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "default": null
                  },
                  "repeat": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$",
                    "default": null
                  },
                  "return": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "throw": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "default": null
                  },
                  "switch": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "default": null
                  },
                  "where": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$",
                    "default": null
                  },
                  "while": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "as": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "default": null
                  },
                  "await": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "default": null
                  },
                  "false": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$",
                    "default": null
                  },
                  "is": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "nil": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "default": null
                  },
                  "super": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "default": null
                  },
                  "throws": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$",
                    "default": null
                  },
                  "true": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "try": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "default": null
                  },
                  "associativity": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "default": null
                  },
                  "async": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$",
                    "default": null
                  },
                  "convenience": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "didset": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "default": null
                  },
                  "dynamic": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "default": null
                  },
                  "final": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$",
                    "default": null
                  },
                  "get": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "indirect": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "default": null
                  },
                  "infix": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "default": null
                  },
                  "lazy": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$",
                    "default": null
                  },
                  "left": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "mutating": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "default": null
                  },
                  "none": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "default": null
                  },
                  "nonmutating": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$",
                    "default": null
                  },
                  "optional": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "override": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "default": null
                  },
                  "package": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "default": null
                  },
                  "postfix": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$",
                    "default": null
                  },
                  "precedence": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "prefix": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "default": null
                  },
                  "required": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "default": null
                  },
                  "right": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$",
                    "default": null
                  },
                  "set": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "some": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "default": null
                  },
                  "type": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "default": null
                  },
                  "unowned": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$",
                    "default": null
                  },
                  "weak": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "willset": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "default": null
                  },
                  "any": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "default": null
                  },
                  "consume": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$",
                    "default": null
                  },
                  "copy": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "discard": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "default": null
                  },
                  "each": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "default": null
                  },
                  "macro": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$",
                    "default": null
                  },
                  "sending": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "then": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "default": null
                  },
                  "isolated": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ],
                    "default": null
                  },
                  "actor": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$",
                    "default": null
                  },
                  "unsafe": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  }
                },
                "required": []
              },
              "ReservedPatch": {
                "type": "object",
                "properties": {
                  "keyword": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "associatedtype": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "borrowing": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "class": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "consuming": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "deinit": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "enum": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "extension": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "fileprivate": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "func": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "import": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "init": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "inout": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "internal": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "let": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "nonisolated": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "open": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "operator": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "private": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "precedencegroup": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "protocol": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "public": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "rethrows": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "static": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "struct": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "subscript": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "typealias": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "var": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "break": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "case": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "catch": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "continue": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "default": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "defer": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "do": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "else": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "fallthrough": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "for": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "guard": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "if": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "in": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "repeat": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "return": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "throw": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "switch": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "where": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "while": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "as": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "await": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "false": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "is": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "nil": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "super": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "throws": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "true": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "try": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "associativity": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "async": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "convenience": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "didset": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "dynamic": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "final": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "get": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "indirect": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "infix": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "lazy": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "left": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "mutating": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "none": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "nonmutating": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "optional": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "override": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "package": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "postfix": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "precedence": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "prefix": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "required": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "right": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "set": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "some": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "type": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "unowned": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "weak": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "willset": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "any": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "consume": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "copy": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "discard": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "each": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "macro": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "sending": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "then": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "isolated": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "actor": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "unsafe": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  }
                }
              },
              "Init": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "name": {
                    "type": "string",
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  }
                },
                "required": [
                  "id",
                  "name"
                ]
              },
              "InitInput": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  }
                },
                "required": [
                  "name"
                ]
              },
              "InitPatch": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  }
                }
              },
              "Inout": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "name": {
                    "type": "string",
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  }
                },
                "required": [
                  "id",
                  "name"
                ]
              },
              "InoutInput": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  }
                },
                "required": [
                  "name"
                ]
              },
              "InoutPatch": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  }
                }
              },
              "Default": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "name": {
                    "type": "string",
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  }
                },
                "required": [
                  "id",
                  "name"
                ]
              },
              "DefaultInput": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  }
                },
                "required": [
                  "name"
                ]
              },
              "DefaultPatch": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  }
                }
              },
              "Unsafe": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "name": {
                    "type": "string",
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  }
                },
                "required": [
                  "id",
                  "name"
                ]
              },
              "UnsafeInput": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  }
                },
                "required": [
                  "name"
                ]
              },
              "UnsafePatch": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  }
                }
              },
              "HTTPError": {
                "type": "object",
                "properties": {
                  "detail": {
                    "type": "string"
                  }
                },
                "required": [
                  "detail"
                ]
              },
              "ValidationError": {
                "type": "object",
                "properties": {
                  "detail": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "loc": {
                          "type": "array",
                          "items": {
                            "type": [
                              "string",
                              "integer"
                            ]
                          }
                        },
                        "msg": {
                          "type": "string"
                        },
                        "type": {
                          "type": "string"
                        }
                      },
                      "required": [
                        "loc",
                        "msg",
                        "type"
                      ]
                    }
                  }
                },
                "required": [
                  "detail"
                ]
              }
            }
          }
        }
        """##

    static let html = #"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>Keywords 1.0.0</title>
        <style>
        body { font: 15px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
        h2 { border-bottom: 1px solid #ddd; padding-bottom: .3rem; margin-top: 2.5rem; }
        .op { border: 1px solid #ddd; border-radius: 6px; padding: .6rem 1rem; margin: 1rem 0; }
        .method { display: inline-block; min-width: 4.5rem; font-weight: 700; font-family: monospace; }
        code, pre { font-family: ui-monospace, monospace; font-size: 13px; }
        pre { background: #f6f8fa; padding: .6rem; overflow: auto; border-radius: 4px; }
        table { border-collapse: collapse; } td, th { text-align: left; padding: .15rem .8rem .15rem 0; vertical-align: top; }
        </style>
        </head>
        <body>
        <h1>Keywords <small>1.0.0</small></h1>
        <p>Generated from <code>spec/keywords.yaml</code>. The machine-readable description is <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).
        Errors are JSON: <code>{"detail": "…"}</code>, or for 422 a list of <code>{"loc", "msg", "type"}</code> naming every failing field.</p>
        <h2>Endpoints</h2>
        <div class="op" id="health">
        <div><span class="method">GET</span> <code>/health</code></div>
        <p>Liveness: answers without touching the database.</p>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>200</td><td>Alive.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="ready">
        <div><span class="method">GET</span> <code>/ready</code></div>
        <p>Readiness: 200 when the database answers.</p>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>200</td><td>Ready.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="openapi">
        <div><span class="method">GET</span> <code>/openapi.json</code></div>
        <p>This document.</p>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>200</td><td>The OpenAPI document.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="docs">
        <div><span class="method">GET</span> <code>/docs</code></div>
        <p>Human-readable API documentation.</p>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>200</td><td>An HTML page.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="listTask">
        <div><span class="method">GET</span> <code>/tasks</code></div>
        <p>List Task rows.</p>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>200</td><td>One page of rows.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="createTask">
        <div><span class="method">POST</span> <code>/tasks</code></div>
        <p>Create a Task.</p>
        <p>Body: <code>{&quot;$ref&quot;:&quot;#/components/schemas/TaskInput&quot;}</code></p>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>201</td><td>Created.</td></tr>
        <tr><td>413</td><td>The request body is larger than 1 MiB.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="getTask">
        <div><span class="method">GET</span> <code>/tasks/{id}</code></div>
        <p>Get one Task.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;integer&quot;}</code></td></tr>
        </table>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>200</td><td>The row.</td></tr>
        <tr><td>404</td><td>No such row, or it belongs to another user.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="replaceTask">
        <div><span class="method">PUT</span> <code>/tasks/{id}</code></div>
        <p>Replace a Task; absent optional fields reset to their defaults.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;integer&quot;}</code></td></tr>
        </table>
        <p>Body: <code>{&quot;$ref&quot;:&quot;#/components/schemas/TaskInput&quot;}</code></p>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>200</td><td>The row.</td></tr>
        <tr><td>404</td><td>No such row, or it belongs to another user.</td></tr>
        <tr><td>413</td><td>The request body is larger than 1 MiB.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="patchTask">
        <div><span class="method">PATCH</span> <code>/tasks/{id}</code></div>
        <p>Change some fields of a Task.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;integer&quot;}</code></td></tr>
        </table>
        <p>Body: <code>{&quot;$ref&quot;:&quot;#/components/schemas/TaskPatch&quot;}</code></p>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>200</td><td>The row.</td></tr>
        <tr><td>404</td><td>No such row, or it belongs to another user.</td></tr>
        <tr><td>413</td><td>The request body is larger than 1 MiB.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="deleteTask">
        <div><span class="method">DELETE</span> <code>/tasks/{id}</code></div>
        <p>Delete a Task.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;integer&quot;}</code></td></tr>
        </table>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>204</td><td>Deleted; no body.</td></tr>
        <tr><td>404</td><td>No such row, or it belongs to another user.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="listReserved">
        <div><span class="method">GET</span> <code>/reserved</code></div>
        <p>List Reserved rows.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>case</code></td><td>query</td><td><code>{&quot;type&quot;:&quot;string&quot;,&quot;maxLength&quot;:20,&quot;pattern&quot;:&quot;^[^\\u0000]*$&quot;}</code></td></tr>
        <tr><td><code>sort</code></td><td>query</td><td><code>{&quot;type&quot;:&quot;string&quot;,&quot;enum&quot;:[&quot;default&quot;,&quot;in&quot;],&quot;default&quot;:&quot;default&quot;}</code></td></tr>
        <tr><td><code>order</code></td><td>query</td><td><code>{&quot;type&quot;:&quot;string&quot;,&quot;enum&quot;:[&quot;asc&quot;,&quot;desc&quot;],&quot;default&quot;:&quot;asc&quot;}</code></td></tr>
        <tr><td><code>limit</code></td><td>query</td><td><code>{&quot;type&quot;:&quot;integer&quot;,&quot;minimum&quot;:1,&quot;maximum&quot;:100,&quot;default&quot;:50}</code></td></tr>
        <tr><td><code>offset</code></td><td>query</td><td><code>{&quot;type&quot;:&quot;integer&quot;,&quot;format&quot;:&quot;int64&quot;,&quot;minimum&quot;:0,&quot;maximum&quot;:9223372036854775807,&quot;default&quot;:0}</code></td></tr>
        </table>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>200</td><td>One page of rows.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="createReserved">
        <div><span class="method">POST</span> <code>/reserved</code></div>
        <p>Create a Reserved.</p>
        <p>Body: <code>{&quot;$ref&quot;:&quot;#/components/schemas/ReservedInput&quot;}</code></p>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>201</td><td>Created.</td></tr>
        <tr><td>413</td><td>The request body is larger than 1 MiB.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="getReserved">
        <div><span class="method">GET</span> <code>/reserved/{id}</code></div>
        <p>Get one Reserved.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;integer&quot;}</code></td></tr>
        </table>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>200</td><td>The row.</td></tr>
        <tr><td>404</td><td>No such row, or it belongs to another user.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="replaceReserved">
        <div><span class="method">PUT</span> <code>/reserved/{id}</code></div>
        <p>Replace a Reserved; absent optional fields reset to their defaults.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;integer&quot;}</code></td></tr>
        </table>
        <p>Body: <code>{&quot;$ref&quot;:&quot;#/components/schemas/ReservedInput&quot;}</code></p>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>200</td><td>The row.</td></tr>
        <tr><td>404</td><td>No such row, or it belongs to another user.</td></tr>
        <tr><td>413</td><td>The request body is larger than 1 MiB.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="patchReserved">
        <div><span class="method">PATCH</span> <code>/reserved/{id}</code></div>
        <p>Change some fields of a Reserved.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;integer&quot;}</code></td></tr>
        </table>
        <p>Body: <code>{&quot;$ref&quot;:&quot;#/components/schemas/ReservedPatch&quot;}</code></p>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>200</td><td>The row.</td></tr>
        <tr><td>404</td><td>No such row, or it belongs to another user.</td></tr>
        <tr><td>413</td><td>The request body is larger than 1 MiB.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="deleteReserved">
        <div><span class="method">DELETE</span> <code>/reserved/{id}</code></div>
        <p>Delete a Reserved.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;integer&quot;}</code></td></tr>
        </table>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>204</td><td>Deleted; no body.</td></tr>
        <tr><td>404</td><td>No such row, or it belongs to another user.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="createInit">
        <div><span class="method">POST</span> <code>/init</code></div>
        <p>Create a Init.</p>
        <p>Body: <code>{&quot;$ref&quot;:&quot;#/components/schemas/InitInput&quot;}</code></p>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>201</td><td>Created.</td></tr>
        <tr><td>413</td><td>The request body is larger than 1 MiB.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="getInit">
        <div><span class="method">GET</span> <code>/init/{id}</code></div>
        <p>Get one Init.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;integer&quot;}</code></td></tr>
        </table>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>200</td><td>The row.</td></tr>
        <tr><td>404</td><td>No such row, or it belongs to another user.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="deleteInit">
        <div><span class="method">DELETE</span> <code>/init/{id}</code></div>
        <p>Delete a Init.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;integer&quot;}</code></td></tr>
        </table>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>204</td><td>Deleted; no body.</td></tr>
        <tr><td>404</td><td>No such row, or it belongs to another user.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="createInout">
        <div><span class="method">POST</span> <code>/inout</code></div>
        <p>Create a Inout.</p>
        <p>Body: <code>{&quot;$ref&quot;:&quot;#/components/schemas/InoutInput&quot;}</code></p>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>201</td><td>Created.</td></tr>
        <tr><td>413</td><td>The request body is larger than 1 MiB.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="getInout">
        <div><span class="method">GET</span> <code>/inout/{id}</code></div>
        <p>Get one Inout.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;integer&quot;}</code></td></tr>
        </table>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>200</td><td>The row.</td></tr>
        <tr><td>404</td><td>No such row, or it belongs to another user.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="deleteInout">
        <div><span class="method">DELETE</span> <code>/inout/{id}</code></div>
        <p>Delete a Inout.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;integer&quot;}</code></td></tr>
        </table>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>204</td><td>Deleted; no body.</td></tr>
        <tr><td>404</td><td>No such row, or it belongs to another user.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="createDefault">
        <div><span class="method">POST</span> <code>/default</code></div>
        <p>Create a Default.</p>
        <p>Body: <code>{&quot;$ref&quot;:&quot;#/components/schemas/DefaultInput&quot;}</code></p>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>201</td><td>Created.</td></tr>
        <tr><td>413</td><td>The request body is larger than 1 MiB.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="getDefault">
        <div><span class="method">GET</span> <code>/default/{id}</code></div>
        <p>Get one Default.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;integer&quot;}</code></td></tr>
        </table>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>200</td><td>The row.</td></tr>
        <tr><td>404</td><td>No such row, or it belongs to another user.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="deleteDefault">
        <div><span class="method">DELETE</span> <code>/default/{id}</code></div>
        <p>Delete a Default.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;integer&quot;}</code></td></tr>
        </table>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>204</td><td>Deleted; no body.</td></tr>
        <tr><td>404</td><td>No such row, or it belongs to another user.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="createUnsafe">
        <div><span class="method">POST</span> <code>/unsafe</code></div>
        <p>Create a Unsafe.</p>
        <p>Body: <code>{&quot;$ref&quot;:&quot;#/components/schemas/UnsafeInput&quot;}</code></p>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>201</td><td>Created.</td></tr>
        <tr><td>413</td><td>The request body is larger than 1 MiB.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="getUnsafe">
        <div><span class="method">GET</span> <code>/unsafe/{id}</code></div>
        <p>Get one Unsafe.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;integer&quot;}</code></td></tr>
        </table>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>200</td><td>The row.</td></tr>
        <tr><td>404</td><td>No such row, or it belongs to another user.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="deleteUnsafe">
        <div><span class="method">DELETE</span> <code>/unsafe/{id}</code></div>
        <p>Delete a Unsafe.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;integer&quot;}</code></td></tr>
        </table>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>204</td><td>Deleted; no body.</td></tr>
        <tr><td>404</td><td>No such row, or it belongs to another user.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <h2>Schemas</h2>
        <h3 id="schema-Keyword">Keyword</h3>
        <pre>{
          &quot;type&quot;: &quot;string&quot;,
          &quot;enum&quot;: [
            &quot;associatedtype&quot;,
            &quot;borrowing&quot;,
            &quot;class&quot;,
            &quot;consuming&quot;,
            &quot;deinit&quot;,
            &quot;enum&quot;,
            &quot;extension&quot;,
            &quot;fileprivate&quot;,
            &quot;func&quot;,
            &quot;import&quot;,
            &quot;init&quot;,
            &quot;inout&quot;,
            &quot;internal&quot;,
            &quot;let&quot;,
            &quot;nonisolated&quot;,
            &quot;open&quot;,
            &quot;operator&quot;,
            &quot;private&quot;,
            &quot;precedencegroup&quot;,
            &quot;protocol&quot;,
            &quot;public&quot;,
            &quot;rethrows&quot;,
            &quot;static&quot;,
            &quot;struct&quot;,
            &quot;subscript&quot;,
            &quot;typealias&quot;,
            &quot;var&quot;,
            &quot;break&quot;,
            &quot;case&quot;,
            &quot;catch&quot;,
            &quot;continue&quot;,
            &quot;default&quot;,
            &quot;defer&quot;,
            &quot;do&quot;,
            &quot;else&quot;,
            &quot;fallthrough&quot;,
            &quot;for&quot;,
            &quot;guard&quot;,
            &quot;if&quot;,
            &quot;in&quot;,
            &quot;repeat&quot;,
            &quot;return&quot;,
            &quot;throw&quot;,
            &quot;switch&quot;,
            &quot;where&quot;,
            &quot;while&quot;,
            &quot;as&quot;,
            &quot;await&quot;,
            &quot;false&quot;,
            &quot;is&quot;,
            &quot;nil&quot;,
            &quot;super&quot;,
            &quot;throws&quot;,
            &quot;true&quot;,
            &quot;try&quot;,
            &quot;associativity&quot;,
            &quot;async&quot;,
            &quot;convenience&quot;,
            &quot;didset&quot;,
            &quot;dynamic&quot;,
            &quot;final&quot;,
            &quot;get&quot;,
            &quot;indirect&quot;,
            &quot;infix&quot;,
            &quot;lazy&quot;,
            &quot;left&quot;,
            &quot;mutating&quot;,
            &quot;none&quot;,
            &quot;nonmutating&quot;,
            &quot;optional&quot;,
            &quot;override&quot;,
            &quot;package&quot;,
            &quot;postfix&quot;,
            &quot;precedence&quot;,
            &quot;prefix&quot;,
            &quot;required&quot;,
            &quot;right&quot;,
            &quot;set&quot;,
            &quot;some&quot;,
            &quot;type&quot;,
            &quot;unowned&quot;,
            &quot;weak&quot;,
            &quot;willset&quot;,
            &quot;any&quot;,
            &quot;consume&quot;,
            &quot;copy&quot;,
            &quot;discard&quot;,
            &quot;each&quot;,
            &quot;macro&quot;,
            &quot;sending&quot;,
            &quot;then&quot;,
            &quot;isolated&quot;,
            &quot;actor&quot;,
            &quot;unsafe&quot;
          ]
        }</pre>
        <h3 id="schema-Task">Task</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;id&quot;: {
              &quot;type&quot;: &quot;integer&quot;,
              &quot;format&quot;: &quot;int64&quot;
            },
            &quot;title&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;maxLength&quot;: 80,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            }
          },
          &quot;required&quot;: [
            &quot;id&quot;,
            &quot;title&quot;
          ]
        }</pre>
        <h3 id="schema-TaskInput">TaskInput</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;title&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;maxLength&quot;: 80,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            }
          },
          &quot;required&quot;: [
            &quot;title&quot;
          ]
        }</pre>
        <h3 id="schema-TaskPatch">TaskPatch</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;title&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;maxLength&quot;: 80,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            }
          }
        }</pre>
        <h3 id="schema-Reserved">Reserved</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;id&quot;: {
              &quot;type&quot;: &quot;integer&quot;,
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;keyword&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;associatedtype&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;borrowing&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;class&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;consuming&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;deinit&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;enum&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;extension&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;fileprivate&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;func&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;import&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;init&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;inout&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;internal&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;let&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;nonisolated&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;open&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;operator&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;private&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;precedencegroup&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;protocol&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;public&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;rethrows&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;static&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;struct&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;subscript&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;typealias&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;var&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;break&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;case&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;catch&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;continue&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;default&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;defer&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;do&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;else&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;fallthrough&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;for&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;guard&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;if&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;in&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;repeat&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;return&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;throw&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;switch&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;where&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;while&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;as&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;await&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;false&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;is&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;nil&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;super&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;throws&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;true&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;try&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;associativity&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;async&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;convenience&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;didset&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;dynamic&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;final&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;get&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;indirect&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;infix&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;lazy&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;left&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;mutating&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;none&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;nonmutating&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;optional&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;override&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;package&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;postfix&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;precedence&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;prefix&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;required&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;right&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;set&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;some&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;type&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;unowned&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;weak&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;willset&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;any&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;consume&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;copy&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;discard&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;each&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;macro&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;sending&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;then&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;isolated&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;actor&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;unsafe&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            }
          },
          &quot;required&quot;: [
            &quot;id&quot;,
            &quot;keyword&quot;,
            &quot;associatedtype&quot;,
            &quot;borrowing&quot;,
            &quot;class&quot;,
            &quot;consuming&quot;,
            &quot;deinit&quot;,
            &quot;enum&quot;,
            &quot;extension&quot;,
            &quot;fileprivate&quot;,
            &quot;func&quot;,
            &quot;import&quot;,
            &quot;init&quot;,
            &quot;inout&quot;,
            &quot;internal&quot;,
            &quot;let&quot;,
            &quot;nonisolated&quot;,
            &quot;open&quot;,
            &quot;operator&quot;,
            &quot;private&quot;,
            &quot;precedencegroup&quot;,
            &quot;protocol&quot;,
            &quot;public&quot;,
            &quot;rethrows&quot;,
            &quot;static&quot;,
            &quot;struct&quot;,
            &quot;subscript&quot;,
            &quot;typealias&quot;,
            &quot;var&quot;,
            &quot;break&quot;,
            &quot;case&quot;,
            &quot;catch&quot;,
            &quot;continue&quot;,
            &quot;default&quot;,
            &quot;defer&quot;,
            &quot;do&quot;,
            &quot;else&quot;,
            &quot;fallthrough&quot;,
            &quot;for&quot;,
            &quot;guard&quot;,
            &quot;if&quot;,
            &quot;in&quot;,
            &quot;repeat&quot;,
            &quot;return&quot;,
            &quot;throw&quot;,
            &quot;switch&quot;,
            &quot;where&quot;,
            &quot;while&quot;,
            &quot;as&quot;,
            &quot;await&quot;,
            &quot;false&quot;,
            &quot;is&quot;,
            &quot;nil&quot;,
            &quot;super&quot;,
            &quot;throws&quot;,
            &quot;true&quot;,
            &quot;try&quot;,
            &quot;associativity&quot;,
            &quot;async&quot;,
            &quot;convenience&quot;,
            &quot;didset&quot;,
            &quot;dynamic&quot;,
            &quot;final&quot;,
            &quot;get&quot;,
            &quot;indirect&quot;,
            &quot;infix&quot;,
            &quot;lazy&quot;,
            &quot;left&quot;,
            &quot;mutating&quot;,
            &quot;none&quot;,
            &quot;nonmutating&quot;,
            &quot;optional&quot;,
            &quot;override&quot;,
            &quot;package&quot;,
            &quot;postfix&quot;,
            &quot;precedence&quot;,
            &quot;prefix&quot;,
            &quot;required&quot;,
            &quot;right&quot;,
            &quot;set&quot;,
            &quot;some&quot;,
            &quot;type&quot;,
            &quot;unowned&quot;,
            &quot;weak&quot;,
            &quot;willset&quot;,
            &quot;any&quot;,
            &quot;consume&quot;,
            &quot;copy&quot;,
            &quot;discard&quot;,
            &quot;each&quot;,
            &quot;macro&quot;,
            &quot;sending&quot;,
            &quot;then&quot;,
            &quot;isolated&quot;,
            &quot;actor&quot;,
            &quot;unsafe&quot;
          ]
        }</pre>
        <h3 id="schema-ReservedInput">ReservedInput</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;keyword&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ],
              &quot;default&quot;: null
            },
            &quot;associatedtype&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;,
              &quot;default&quot;: null
            },
            &quot;borrowing&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647,
              &quot;default&quot;: null
            },
            &quot;class&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ],
              &quot;default&quot;: null
            },
            &quot;consuming&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ],
              &quot;default&quot;: null
            },
            &quot;deinit&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;,
              &quot;default&quot;: null
            },
            &quot;enum&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647,
              &quot;default&quot;: null
            },
            &quot;extension&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ],
              &quot;default&quot;: null
            },
            &quot;fileprivate&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ],
              &quot;default&quot;: null
            },
            &quot;func&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;,
              &quot;default&quot;: null
            },
            &quot;import&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647,
              &quot;default&quot;: null
            },
            &quot;init&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ],
              &quot;default&quot;: null
            },
            &quot;inout&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ],
              &quot;default&quot;: null
            },
            &quot;internal&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;,
              &quot;default&quot;: null
            },
            &quot;let&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647,
              &quot;default&quot;: null
            },
            &quot;nonisolated&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ],
              &quot;default&quot;: null
            },
            &quot;open&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ],
              &quot;default&quot;: null
            },
            &quot;operator&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;,
              &quot;default&quot;: null
            },
            &quot;private&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647,
              &quot;default&quot;: null
            },
            &quot;precedencegroup&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ],
              &quot;default&quot;: null
            },
            &quot;protocol&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ],
              &quot;default&quot;: null
            },
            &quot;public&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;,
              &quot;default&quot;: null
            },
            &quot;rethrows&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647,
              &quot;default&quot;: null
            },
            &quot;static&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ],
              &quot;default&quot;: null
            },
            &quot;struct&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ],
              &quot;default&quot;: null
            },
            &quot;subscript&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;,
              &quot;default&quot;: null
            },
            &quot;typealias&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647,
              &quot;default&quot;: null
            },
            &quot;var&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ],
              &quot;default&quot;: null
            },
            &quot;break&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ],
              &quot;default&quot;: null
            },
            &quot;case&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;,
              &quot;default&quot;: null
            },
            &quot;catch&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647,
              &quot;default&quot;: null
            },
            &quot;continue&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ],
              &quot;default&quot;: null
            },
            &quot;default&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ],
              &quot;default&quot;: null
            },
            &quot;defer&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;,
              &quot;default&quot;: null
            },
            &quot;do&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647,
              &quot;default&quot;: null
            },
            &quot;else&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ],
              &quot;default&quot;: null
            },
            &quot;fallthrough&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ],
              &quot;default&quot;: null
            },
            &quot;for&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;,
              &quot;default&quot;: null
            },
            &quot;guard&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647,
              &quot;default&quot;: null
            },
            &quot;if&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ],
              &quot;default&quot;: null
            },
            &quot;in&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ],
              &quot;default&quot;: null
            },
            &quot;repeat&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;,
              &quot;default&quot;: null
            },
            &quot;return&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647,
              &quot;default&quot;: null
            },
            &quot;throw&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ],
              &quot;default&quot;: null
            },
            &quot;switch&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ],
              &quot;default&quot;: null
            },
            &quot;where&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;,
              &quot;default&quot;: null
            },
            &quot;while&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647,
              &quot;default&quot;: null
            },
            &quot;as&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ],
              &quot;default&quot;: null
            },
            &quot;await&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ],
              &quot;default&quot;: null
            },
            &quot;false&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;,
              &quot;default&quot;: null
            },
            &quot;is&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647,
              &quot;default&quot;: null
            },
            &quot;nil&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ],
              &quot;default&quot;: null
            },
            &quot;super&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ],
              &quot;default&quot;: null
            },
            &quot;throws&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;,
              &quot;default&quot;: null
            },
            &quot;true&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647,
              &quot;default&quot;: null
            },
            &quot;try&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ],
              &quot;default&quot;: null
            },
            &quot;associativity&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ],
              &quot;default&quot;: null
            },
            &quot;async&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;,
              &quot;default&quot;: null
            },
            &quot;convenience&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647,
              &quot;default&quot;: null
            },
            &quot;didset&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ],
              &quot;default&quot;: null
            },
            &quot;dynamic&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ],
              &quot;default&quot;: null
            },
            &quot;final&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;,
              &quot;default&quot;: null
            },
            &quot;get&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647,
              &quot;default&quot;: null
            },
            &quot;indirect&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ],
              &quot;default&quot;: null
            },
            &quot;infix&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ],
              &quot;default&quot;: null
            },
            &quot;lazy&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;,
              &quot;default&quot;: null
            },
            &quot;left&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647,
              &quot;default&quot;: null
            },
            &quot;mutating&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ],
              &quot;default&quot;: null
            },
            &quot;none&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ],
              &quot;default&quot;: null
            },
            &quot;nonmutating&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;,
              &quot;default&quot;: null
            },
            &quot;optional&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647,
              &quot;default&quot;: null
            },
            &quot;override&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ],
              &quot;default&quot;: null
            },
            &quot;package&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ],
              &quot;default&quot;: null
            },
            &quot;postfix&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;,
              &quot;default&quot;: null
            },
            &quot;precedence&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647,
              &quot;default&quot;: null
            },
            &quot;prefix&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ],
              &quot;default&quot;: null
            },
            &quot;required&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ],
              &quot;default&quot;: null
            },
            &quot;right&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;,
              &quot;default&quot;: null
            },
            &quot;set&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647,
              &quot;default&quot;: null
            },
            &quot;some&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ],
              &quot;default&quot;: null
            },
            &quot;type&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ],
              &quot;default&quot;: null
            },
            &quot;unowned&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;,
              &quot;default&quot;: null
            },
            &quot;weak&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647,
              &quot;default&quot;: null
            },
            &quot;willset&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ],
              &quot;default&quot;: null
            },
            &quot;any&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ],
              &quot;default&quot;: null
            },
            &quot;consume&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;,
              &quot;default&quot;: null
            },
            &quot;copy&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647,
              &quot;default&quot;: null
            },
            &quot;discard&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ],
              &quot;default&quot;: null
            },
            &quot;each&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ],
              &quot;default&quot;: null
            },
            &quot;macro&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;,
              &quot;default&quot;: null
            },
            &quot;sending&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647,
              &quot;default&quot;: null
            },
            &quot;then&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ],
              &quot;default&quot;: null
            },
            &quot;isolated&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ],
              &quot;default&quot;: null
            },
            &quot;actor&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;,
              &quot;default&quot;: null
            },
            &quot;unsafe&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647,
              &quot;default&quot;: null
            }
          },
          &quot;required&quot;: []
        }</pre>
        <h3 id="schema-ReservedPatch">ReservedPatch</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;keyword&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;associatedtype&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;borrowing&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;class&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;consuming&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;deinit&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;enum&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;extension&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;fileprivate&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;func&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;import&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;init&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;inout&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;internal&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;let&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;nonisolated&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;open&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;operator&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;private&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;precedencegroup&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;protocol&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;public&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;rethrows&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;static&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;struct&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;subscript&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;typealias&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;var&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;break&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;case&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;catch&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;continue&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;default&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;defer&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;do&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;else&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;fallthrough&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;for&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;guard&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;if&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;in&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;repeat&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;return&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;throw&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;switch&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;where&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;while&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;as&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;await&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;false&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;is&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;nil&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;super&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;throws&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;true&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;try&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;associativity&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;async&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;convenience&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;didset&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;dynamic&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;final&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;get&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;indirect&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;infix&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;lazy&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;left&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;mutating&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;none&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;nonmutating&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;optional&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;override&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;package&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;postfix&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;precedence&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;prefix&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;required&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;right&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;set&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;some&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;type&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;unowned&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;weak&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;willset&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;any&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;consume&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;copy&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;discard&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;each&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;macro&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;sending&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;then&quot;: {
              &quot;type&quot;: [
                &quot;boolean&quot;,
                &quot;null&quot;
              ]
            },
            &quot;isolated&quot;: {
              &quot;oneOf&quot;: [
                {
                  &quot;$ref&quot;: &quot;#/components/schemas/Keyword&quot;
                },
                {
                  &quot;type&quot;: &quot;null&quot;
                }
              ]
            },
            &quot;actor&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;unsafe&quot;: {
              &quot;type&quot;: [
                &quot;integer&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            }
          }
        }</pre>
        <h3 id="schema-Init">Init</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;id&quot;: {
              &quot;type&quot;: &quot;integer&quot;,
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;name&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            }
          },
          &quot;required&quot;: [
            &quot;id&quot;,
            &quot;name&quot;
          ]
        }</pre>
        <h3 id="schema-InitInput">InitInput</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;name&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            }
          },
          &quot;required&quot;: [
            &quot;name&quot;
          ]
        }</pre>
        <h3 id="schema-InitPatch">InitPatch</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;name&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            }
          }
        }</pre>
        <h3 id="schema-Inout">Inout</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;id&quot;: {
              &quot;type&quot;: &quot;integer&quot;,
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;name&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            }
          },
          &quot;required&quot;: [
            &quot;id&quot;,
            &quot;name&quot;
          ]
        }</pre>
        <h3 id="schema-InoutInput">InoutInput</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;name&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            }
          },
          &quot;required&quot;: [
            &quot;name&quot;
          ]
        }</pre>
        <h3 id="schema-InoutPatch">InoutPatch</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;name&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            }
          }
        }</pre>
        <h3 id="schema-Default">Default</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;id&quot;: {
              &quot;type&quot;: &quot;integer&quot;,
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;name&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            }
          },
          &quot;required&quot;: [
            &quot;id&quot;,
            &quot;name&quot;
          ]
        }</pre>
        <h3 id="schema-DefaultInput">DefaultInput</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;name&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            }
          },
          &quot;required&quot;: [
            &quot;name&quot;
          ]
        }</pre>
        <h3 id="schema-DefaultPatch">DefaultPatch</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;name&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            }
          }
        }</pre>
        <h3 id="schema-Unsafe">Unsafe</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;id&quot;: {
              &quot;type&quot;: &quot;integer&quot;,
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;name&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            }
          },
          &quot;required&quot;: [
            &quot;id&quot;,
            &quot;name&quot;
          ]
        }</pre>
        <h3 id="schema-UnsafeInput">UnsafeInput</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;name&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            }
          },
          &quot;required&quot;: [
            &quot;name&quot;
          ]
        }</pre>
        <h3 id="schema-UnsafePatch">UnsafePatch</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;name&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;maxLength&quot;: 20,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            }
          }
        }</pre>
        <h3 id="schema-HTTPError">HTTPError</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;detail&quot;: {
              &quot;type&quot;: &quot;string&quot;
            }
          },
          &quot;required&quot;: [
            &quot;detail&quot;
          ]
        }</pre>
        <h3 id="schema-ValidationError">ValidationError</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;detail&quot;: {
              &quot;type&quot;: &quot;array&quot;,
              &quot;items&quot;: {
                &quot;type&quot;: &quot;object&quot;,
                &quot;properties&quot;: {
                  &quot;loc&quot;: {
                    &quot;type&quot;: &quot;array&quot;,
                    &quot;items&quot;: {
                      &quot;type&quot;: [
                        &quot;string&quot;,
                        &quot;integer&quot;
                      ]
                    }
                  },
                  &quot;msg&quot;: {
                    &quot;type&quot;: &quot;string&quot;
                  },
                  &quot;type&quot;: {
                    &quot;type&quot;: &quot;string&quot;
                  }
                },
                &quot;required&quot;: [
                  &quot;loc&quot;,
                  &quot;msg&quot;,
                  &quot;type&quot;
                ]
              }
            }
          },
          &quot;required&quot;: [
            &quot;detail&quot;
          ]
        }</pre>
        </body>
        </html>

        """#
}
