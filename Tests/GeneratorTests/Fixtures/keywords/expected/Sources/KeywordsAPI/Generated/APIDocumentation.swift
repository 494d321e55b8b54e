// Generated from spec/keywords.yaml by `swift run generate` — do not edit.

/// The OpenAPI document, served at `/openapi.json` (and rendered at `/docs` by the runtime).
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
                "parameters": [
                  {
                    "name": "include",
                    "in": "query",
                    "required": false,
                    "description": "Related rows to embed in each row answered, one statement per relation: in, list.",
                    "style": "form",
                    "explode": false,
                    "schema": {
                      "type": "array",
                      "items": {
                        "type": "string",
                        "enum": [
                          "in",
                          "list"
                        ]
                      },
                      "minItems": 1,
                      "maxItems": 100
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
                            "allOf": [
                              {
                                "$ref": "#/components/schemas/Task"
                              },
                              {
                                "type": "object",
                                "properties": {
                                  "in": {
                                    "description": "With ?include=in: the linked Init rows, by key.",
                                    "type": "array",
                                    "items": {
                                      "$ref": "#/components/schemas/Init"
                                    }
                                  },
                                  "list": {
                                    "description": "With ?include=list: the linked Init rows, by key.",
                                    "type": "array",
                                    "items": {
                                      "$ref": "#/components/schemas/Init"
                                    }
                                  }
                                }
                              }
                            ]
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
                  },
                  {
                    "name": "include",
                    "in": "query",
                    "required": false,
                    "description": "Related rows to embed in each row answered, one statement per relation: in, list.",
                    "style": "form",
                    "explode": false,
                    "schema": {
                      "type": "array",
                      "items": {
                        "type": "string",
                        "enum": [
                          "in",
                          "list"
                        ]
                      },
                      "minItems": 1,
                      "maxItems": 100
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The row.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "allOf": [
                            {
                              "$ref": "#/components/schemas/Task"
                            },
                            {
                              "type": "object",
                              "properties": {
                                "in": {
                                  "description": "With ?include=in: the linked Init rows, by key.",
                                  "type": "array",
                                  "items": {
                                    "$ref": "#/components/schemas/Init"
                                  }
                                },
                                "list": {
                                  "description": "With ?include=list: the linked Init rows, by key.",
                                  "type": "array",
                                  "items": {
                                    "$ref": "#/components/schemas/Init"
                                  }
                                }
                              }
                            }
                          ]
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
            "/tasks/{id}/in": {
              "get": {
                "operationId": "listTaskIn",
                "summary": "The Init rows linked to a Task (in).",
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
                    "description": "The linked rows, by key.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/Init"
                          }
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
              }
            },
            "/tasks/{id}/in/{init_id}": {
              "put": {
                "operationId": "linkTaskIn",
                "summary": "Link a Init to a Task (idempotent).",
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
                  },
                  {
                    "name": "init_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Linked; no body."
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
                "operationId": "unlinkTaskIn",
                "summary": "Unlink a Init from a Task.",
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
                  },
                  {
                    "name": "init_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Unlinked; no body."
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
            "/tasks/{id}/count": {
              "get": {
                "operationId": "listTaskCount",
                "summary": "The Init rows linked to a Task (count).",
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
                    "description": "The linked rows, by key.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/Init"
                          }
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
              }
            },
            "/tasks/{id}/count/{init_id}": {
              "put": {
                "operationId": "linkTaskCount",
                "summary": "Link a Init to a Task (idempotent).",
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
                  },
                  {
                    "name": "init_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Linked; no body."
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
                "operationId": "unlinkTaskCount",
                "summary": "Unlink a Init from a Task.",
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
                  },
                  {
                    "name": "init_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Unlinked; no body."
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
            "/tasks/{id}/list": {
              "get": {
                "operationId": "listTaskList",
                "summary": "The Init rows linked to a Task (list).",
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
                    "description": "The linked rows, by key.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/Init"
                          }
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
              }
            },
            "/tasks/{id}/list/{init_id}": {
              "put": {
                "operationId": "linkTaskList",
                "summary": "Link a Init to a Task (idempotent).",
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
                  },
                  {
                    "name": "init_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Linked; no body."
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
                "operationId": "unlinkTaskList",
                "summary": "Unlink a Init from a Task.",
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
                  },
                  {
                    "name": "init_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Unlinked; no body."
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
            "/tasks/{id}/insert": {
              "get": {
                "operationId": "listTaskInsert",
                "summary": "The Init rows linked to a Task (insert).",
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
                    "description": "The linked rows, by key.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/Init"
                          }
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
              }
            },
            "/tasks/{id}/insert/{init_id}": {
              "put": {
                "operationId": "linkTaskInsert",
                "summary": "Link a Init to a Task (idempotent).",
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
                  },
                  {
                    "name": "init_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Linked; no body."
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
                "operationId": "unlinkTaskInsert",
                "summary": "Unlink a Init from a Task.",
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
                  },
                  {
                    "name": "init_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Unlinked; no body."
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
                    "name": "in",
                    "in": "query",
                    "required": false,
                    "description": "Only rows whose borrowing is at least this.",
                    "schema": {
                      "type": "integer",
                      "format": "int32",
                      "minimum": -2147483648,
                      "maximum": 2147483647
                    }
                  },
                  {
                    "name": "is",
                    "in": "query",
                    "required": false,
                    "description": "Only rows whose enum is one of (comma-separated).",
                    "style": "form",
                    "explode": false,
                    "schema": {
                      "type": "array",
                      "items": {
                        "type": "integer",
                        "format": "int32",
                        "minimum": -2147483648,
                        "maximum": 2147483647
                      },
                      "minItems": 1,
                      "maxItems": 100
                    }
                  },
                  {
                    "name": "where",
                    "in": "query",
                    "required": false,
                    "description": "Only rows whose struct is one of (comma-separated).",
                    "style": "form",
                    "explode": false,
                    "schema": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Keyword"
                      },
                      "minItems": 1,
                      "maxItems": 100
                    }
                  },
                  {
                    "name": "switch",
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
                    "name": "return",
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
            },
            "/local": {
              "get": {
                "operationId": "listLocal",
                "summary": "List Local rows.",
                "tags": [
                  "Local"
                ],
                "parameters": [
                  {
                    "name": "request",
                    "in": "query",
                    "required": false,
                    "description": "Only rows whose request equals this.",
                    "schema": {
                      "type": "integer",
                      "format": "int32",
                      "minimum": -2147483648,
                      "maximum": 2147483647
                    }
                  },
                  {
                    "name": "validator",
                    "in": "query",
                    "required": false,
                    "description": "Only rows whose validator equals this.",
                    "schema": {
                      "type": "string",
                      "maxLength": 20,
                      "pattern": "^[^\\u0000]*$"
                    }
                  },
                  {
                    "name": "query",
                    "in": "query",
                    "required": false,
                    "description": "Only rows whose query is at least this.",
                    "schema": {
                      "type": "integer",
                      "format": "int32",
                      "minimum": -2147483648,
                      "maximum": 2147483647
                    }
                  },
                  {
                    "name": "page",
                    "in": "query",
                    "required": false,
                    "description": "Only rows whose page is one of (comma-separated).",
                    "style": "form",
                    "explode": false,
                    "schema": {
                      "type": "array",
                      "items": {
                        "type": "integer",
                        "format": "int32",
                        "minimum": -2147483648,
                        "maximum": 2147483647
                      },
                      "minItems": 1,
                      "maxItems": 100
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
                            "$ref": "#/components/schemas/Local"
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
                "operationId": "createLocal",
                "summary": "Create a Local.",
                "tags": [
                  "Local"
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/LocalInput"
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
                          "$ref": "#/components/schemas/Local"
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
            "/local/{id}": {
              "get": {
                "operationId": "getLocal",
                "summary": "Get one Local.",
                "tags": [
                  "Local"
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
                          "$ref": "#/components/schemas/Local"
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
                "operationId": "replaceLocal",
                "summary": "Replace a Local; absent optional fields reset to their defaults.",
                "tags": [
                  "Local"
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
                        "$ref": "#/components/schemas/LocalInput"
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
                          "$ref": "#/components/schemas/Local"
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
                "operationId": "patchLocal",
                "summary": "Change some fields of a Local.",
                "tags": [
                  "Local"
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
                        "$ref": "#/components/schemas/LocalPatch"
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
                          "$ref": "#/components/schemas/Local"
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
                "operationId": "deleteLocal",
                "summary": "Delete a Local.",
                "tags": [
                  "Local"
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
            "/inputs": {
              "get": {
                "operationId": "listInput",
                "summary": "List Input rows.",
                "tags": [
                  "Input"
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
                            "$ref": "#/components/schemas/Input"
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
                "operationId": "createInput",
                "summary": "Create a Input.",
                "tags": [
                  "Input"
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/InputInput"
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
                          "$ref": "#/components/schemas/Input"
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
            "/inputs/{id}": {
              "get": {
                "operationId": "getInput",
                "summary": "Get one Input.",
                "tags": [
                  "Input"
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
                          "$ref": "#/components/schemas/Input"
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
                "operationId": "replaceInput",
                "summary": "Replace a Input; absent optional fields reset to their defaults.",
                "tags": [
                  "Input"
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
                        "$ref": "#/components/schemas/InputInput"
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
                          "$ref": "#/components/schemas/Input"
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
                "operationId": "patchInput",
                "summary": "Change some fields of a Input.",
                "tags": [
                  "Input"
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
                        "$ref": "#/components/schemas/InputPatch"
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
                          "$ref": "#/components/schemas/Input"
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
                "operationId": "deleteInput",
                "summary": "Delete a Input.",
                "tags": [
                  "Input"
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
            "/patches": {
              "get": {
                "operationId": "listPatch",
                "summary": "List Patch rows.",
                "tags": [
                  "Patch"
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
                            "$ref": "#/components/schemas/Patch"
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
                "operationId": "createPatch",
                "summary": "Create a Patch.",
                "tags": [
                  "Patch"
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/PatchInput"
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
                          "$ref": "#/components/schemas/Patch"
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
            "/patches/{id}": {
              "get": {
                "operationId": "getPatch",
                "summary": "Get one Patch.",
                "tags": [
                  "Patch"
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
                          "$ref": "#/components/schemas/Patch"
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
                "operationId": "replacePatch",
                "summary": "Replace a Patch; absent optional fields reset to their defaults.",
                "tags": [
                  "Patch"
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
                        "$ref": "#/components/schemas/PatchInput"
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
                          "$ref": "#/components/schemas/Patch"
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
                "operationId": "patchPatch",
                "summary": "Change some fields of a Patch.",
                "tags": [
                  "Patch"
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
                        "$ref": "#/components/schemas/PatchPatch"
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
                          "$ref": "#/components/schemas/Patch"
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
                "operationId": "deletePatch",
                "summary": "Delete a Patch.",
                "tags": [
                  "Patch"
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
            "/inputs/{store}/parts": {
              "get": {
                "operationId": "listPart",
                "summary": "List Part rows.",
                "tags": [
                  "Part"
                ],
                "parameters": [
                  {
                    "name": "store",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
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
                            "$ref": "#/components/schemas/Part"
                          }
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "The Input of the path does not exist.",
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
              "post": {
                "operationId": "createPart",
                "summary": "Create a Part.",
                "tags": [
                  "Part"
                ],
                "parameters": [
                  {
                    "name": "store",
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
                        "$ref": "#/components/schemas/PartInput"
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
                          "$ref": "#/components/schemas/Part"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "The Input of the path does not exist.",
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
              }
            },
            "/inputs/{store}/parts/{id}": {
              "get": {
                "operationId": "getPart",
                "summary": "Get one Part.",
                "tags": [
                  "Part"
                ],
                "parameters": [
                  {
                    "name": "store",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  },
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
                          "$ref": "#/components/schemas/Part"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "The Input of the path does not exist, or no such Part in it.",
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
                "operationId": "replacePart",
                "summary": "Replace a Part; absent optional fields reset to their defaults.",
                "tags": [
                  "Part"
                ],
                "parameters": [
                  {
                    "name": "store",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  },
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
                        "$ref": "#/components/schemas/PartInput"
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
                          "$ref": "#/components/schemas/Part"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "The Input of the path does not exist, or no such Part in it.",
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
                "operationId": "patchPart",
                "summary": "Change some fields of a Part.",
                "tags": [
                  "Part"
                ],
                "parameters": [
                  {
                    "name": "store",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  },
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
                        "$ref": "#/components/schemas/PartPatch"
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
                          "$ref": "#/components/schemas/Part"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "The Input of the path does not exist, or no such Part in it.",
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
                "operationId": "deletePart",
                "summary": "Delete a Part.",
                "tags": [
                  "Part"
                ],
                "parameters": [
                  {
                    "name": "store",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  },
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
                    "description": "The Input of the path does not exist, or no such Part in it.",
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
            "/inputs/{database}/parts/{request}/pieces": {
              "get": {
                "operationId": "listPiece",
                "summary": "List Piece rows.",
                "tags": [
                  "Piece"
                ],
                "parameters": [
                  {
                    "name": "database",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  },
                  {
                    "name": "request",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
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
                            "$ref": "#/components/schemas/Piece"
                          }
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "The Input or Part of the path does not exist.",
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
              "post": {
                "operationId": "createPiece",
                "summary": "Create a Piece.",
                "tags": [
                  "Piece"
                ],
                "parameters": [
                  {
                    "name": "database",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  },
                  {
                    "name": "request",
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
                        "$ref": "#/components/schemas/PieceInput"
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
                          "$ref": "#/components/schemas/Piece"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "The Input or Part of the path does not exist.",
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
              }
            },
            "/inputs/{database}/parts/{request}/pieces/{binds}": {
              "get": {
                "operationId": "getPiece",
                "summary": "Get one Piece.",
                "tags": [
                  "Piece"
                ],
                "parameters": [
                  {
                    "name": "database",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  },
                  {
                    "name": "request",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  },
                  {
                    "name": "binds",
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
                          "$ref": "#/components/schemas/Piece"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "The Input or Part of the path does not exist, or no such Piece in it.",
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
                "operationId": "replacePiece",
                "summary": "Replace a Piece; absent optional fields reset to their defaults.",
                "tags": [
                  "Piece"
                ],
                "parameters": [
                  {
                    "name": "database",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  },
                  {
                    "name": "request",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  },
                  {
                    "name": "binds",
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
                        "$ref": "#/components/schemas/PieceInput"
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
                          "$ref": "#/components/schemas/Piece"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "The Input or Part of the path does not exist, or no such Piece in it.",
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
                "operationId": "patchPiece",
                "summary": "Change some fields of a Piece.",
                "tags": [
                  "Piece"
                ],
                "parameters": [
                  {
                    "name": "database",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  },
                  {
                    "name": "request",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  },
                  {
                    "name": "binds",
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
                        "$ref": "#/components/schemas/PiecePatch"
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
                          "$ref": "#/components/schemas/Piece"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "The Input or Part of the path does not exist, or no such Piece in it.",
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
                "operationId": "deletePiece",
                "summary": "Delete a Piece.",
                "tags": [
                  "Piece"
                ],
                "parameters": [
                  {
                    "name": "database",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  },
                  {
                    "name": "request",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  },
                  {
                    "name": "binds",
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
                    "description": "The Input or Part of the path does not exist, or no such Piece in it.",
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
            "/lookup/{default}": {
              "get": {
                "operationId": "lookup",
                "summary": "lookup",
                "tags": [
                  "custom"
                ],
                "parameters": [
                  {
                    "name": "default",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  },
                  {
                    "name": "in",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "format": "int32",
                      "minimum": -2147483648,
                      "maximum": 2147483647
                    }
                  },
                  {
                    "name": "where",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "pattern": "^[^\\u0000]*$",
                      "default": "x"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The result.",
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
            "/locals/{request}/{store}": {
              "get": {
                "operationId": "locals",
                "summary": "locals",
                "tags": [
                  "custom"
                ],
                "parameters": [
                  {
                    "name": "request",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  },
                  {
                    "name": "store",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "pattern": "^[^\\u0000]*$"
                    }
                  },
                  {
                    "name": "validator",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "format": "int32",
                      "minimum": -2147483648,
                      "maximum": 2147483647
                    }
                  },
                  {
                    "name": "query",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "pattern": "^[^\\u0000]*$",
                      "default": "x"
                    }
                  },
                  {
                    "name": "context",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "format": "int32",
                      "minimum": -2147483648,
                      "maximum": 2147483647
                    }
                  },
                  {
                    "name": "input",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "format": "int32",
                      "minimum": -2147483648,
                      "maximum": 2147483647
                    }
                  },
                  {
                    "name": "result",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "format": "int32",
                      "minimum": -2147483648,
                      "maximum": 2147483647
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The result.",
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
              "TaskInit": {
                "type": "object",
                "properties": {
                  "task_id": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "init_id": {
                    "type": "integer",
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  }
                },
                "required": [
                  "task_id",
                  "init_id"
                ]
              },
              "TaskInitInput": {
                "type": "object",
                "properties": {
                  "task_id": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "init_id": {
                    "type": "integer",
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  }
                },
                "required": [
                  "task_id",
                  "init_id"
                ]
              },
              "TaskInitPatch": {
                "type": "object",
                "properties": {
                  "task_id": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "init_id": {
                    "type": "integer",
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
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
              "Local": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "object": {
                    "type": "string",
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "validator": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "issues": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "patch": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "input": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "request": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "binds": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "store": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "database": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "query": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "page": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "statement": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "writer": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "row": {
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
                  "object",
                  "validator",
                  "issues",
                  "patch",
                  "input",
                  "request",
                  "binds",
                  "store",
                  "database",
                  "query",
                  "page",
                  "statement",
                  "writer",
                  "row"
                ]
              },
              "LocalInput": {
                "type": "object",
                "properties": {
                  "object": {
                    "type": "string",
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "validator": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$",
                    "default": null
                  },
                  "issues": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "patch": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "input": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "request": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "binds": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "store": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "database": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "query": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "page": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "statement": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "writer": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647,
                    "default": null
                  },
                  "row": {
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
                "required": [
                  "object"
                ]
              },
              "LocalPatch": {
                "type": "object",
                "properties": {
                  "object": {
                    "type": "string",
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "validator": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "issues": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "patch": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "input": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "request": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "binds": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "store": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "database": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "query": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "page": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "statement": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "writer": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "row": {
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
              "Input": {
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
              "InputInput": {
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
              "InputPatch": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  }
                }
              },
              "Patch": {
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
              "PatchInput": {
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
              "PatchPatch": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  }
                }
              },
              "Part": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "store": {
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
                  "store",
                  "name"
                ]
              },
              "PartInput": {
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
              "PartPatch": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  }
                }
              },
              "Piece": {
                "type": "object",
                "properties": {
                  "binds": {
                    "type": "integer",
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "request": {
                    "type": "integer",
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "database": {
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
                  "binds",
                  "request",
                  "database",
                  "name"
                ]
              },
              "PieceInput": {
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
              "PiecePatch": {
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
}
