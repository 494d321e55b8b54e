// Generated from spec/todo.yaml by `swift run generate` — do not edit.

/// The OpenAPI document and the documentation page, served at `/openapi.json` and `/docs`.
enum APIDocumentation {
    static let openAPI = ##"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "TODO API",
            "version": "0.1.0"
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
            "/api/auth/signup": {
              "post": {
                "operationId": "signup",
                "summary": "Create an account and get a token.",
                "tags": [
                  "auth"
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/SignupRequest"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "Signed up.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/TokenResponse"
                        }
                      }
                    }
                  },
                  "409": {
                    "description": "A unique value is already taken, or a referenced row is missing.",
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
            "/api/auth/login": {
              "post": {
                "operationId": "login",
                "summary": "Exchange credentials for a token.",
                "tags": [
                  "auth"
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/LoginRequest"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "Logged in.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/TokenResponse"
                        }
                      }
                    }
                  },
                  "401": {
                    "description": "Unknown email or wrong password (the same answer for both).",
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
            "/api/auth/me": {
              "get": {
                "operationId": "me",
                "summary": "The authenticated user.",
                "tags": [
                  "auth"
                ],
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The user.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/User"
                        }
                      }
                    }
                  },
                  "401": {
                    "description": "Missing, malformed, expired or badly signed token, or a subject that is no user.",
                    "headers": {
                      "WWW-Authenticate": {
                        "schema": {
                          "type": "string"
                        }
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
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
            "/api/{user_id}/tasks": {
              "get": {
                "operationId": "listTask",
                "summary": "List Task rows.",
                "tags": [
                  "Task"
                ],
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "user_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  },
                  {
                    "name": "status",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "all",
                        "pending",
                        "completed"
                      ],
                      "default": "all"
                    }
                  },
                  {
                    "name": "q",
                    "in": "query",
                    "required": false,
                    "description": "Case-insensitive literal substring of title or description.",
                    "schema": {
                      "type": "string",
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
                        "created",
                        "updated",
                        "title"
                      ],
                      "default": "created"
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
                      "default": "desc"
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
                            "$ref": "#/components/schemas/Task"
                          }
                        }
                      }
                    }
                  },
                  "401": {
                    "description": "Missing, malformed, expired or badly signed token, or a subject that is no user.",
                    "headers": {
                      "WWW-Authenticate": {
                        "schema": {
                          "type": "string"
                        }
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "403": {
                    "description": "The path names another user than the token's subject.",
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
                "operationId": "createTask",
                "summary": "Create a Task.",
                "tags": [
                  "Task"
                ],
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "user_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
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
                  "401": {
                    "description": "Missing, malformed, expired or badly signed token, or a subject that is no user.",
                    "headers": {
                      "WWW-Authenticate": {
                        "schema": {
                          "type": "string"
                        }
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "403": {
                    "description": "The path names another user than the token's subject.",
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
            "/api/{user_id}/tasks/{id}": {
              "get": {
                "operationId": "getTask",
                "summary": "Get one Task.",
                "tags": [
                  "Task"
                ],
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "user_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
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
                          "$ref": "#/components/schemas/Task"
                        }
                      }
                    }
                  },
                  "401": {
                    "description": "Missing, malformed, expired or badly signed token, or a subject that is no user.",
                    "headers": {
                      "WWW-Authenticate": {
                        "schema": {
                          "type": "string"
                        }
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "403": {
                    "description": "The path names another user than the token's subject.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
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
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "user_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
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
                  "401": {
                    "description": "Missing, malformed, expired or badly signed token, or a subject that is no user.",
                    "headers": {
                      "WWW-Authenticate": {
                        "schema": {
                          "type": "string"
                        }
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "403": {
                    "description": "The path names another user than the token's subject.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
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
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "user_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
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
                  "401": {
                    "description": "Missing, malformed, expired or badly signed token, or a subject that is no user.",
                    "headers": {
                      "WWW-Authenticate": {
                        "schema": {
                          "type": "string"
                        }
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "403": {
                    "description": "The path names another user than the token's subject.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
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
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "user_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
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
                  "401": {
                    "description": "Missing, malformed, expired or badly signed token, or a subject that is no user.",
                    "headers": {
                      "WWW-Authenticate": {
                        "schema": {
                          "type": "string"
                        }
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "403": {
                    "description": "The path names another user than the token's subject.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
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
            "/api/{user_id}/tasks/{id}/complete": {
              "patch": {
                "operationId": "completeTask",
                "summary": "Flip a task's completed flag.",
                "tags": [
                  "custom"
                ],
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "user_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
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
                    "description": "The result.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Task"
                        }
                      }
                    }
                  },
                  "401": {
                    "description": "Missing, malformed, expired or badly signed token, or a subject that is no user.",
                    "headers": {
                      "WWW-Authenticate": {
                        "schema": {
                          "type": "string"
                        }
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "403": {
                    "description": "The path names another user than the token's subject.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
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
              "User": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "email": {
                    "type": "string",
                    "maxLength": 254,
                    "pattern": "^[^@\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+@[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+(\\.[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)+$"
                  },
                  "name": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 100,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "created_at": {
                    "type": "string",
                    "format": "date-time"
                  }
                },
                "required": [
                  "id",
                  "email",
                  "name",
                  "created_at"
                ]
              },
              "UserInput": {
                "type": "object",
                "properties": {
                  "email": {
                    "type": "string",
                    "maxLength": 254,
                    "pattern": "^[^@\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+@[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+(\\.[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)+$"
                  },
                  "name": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 100,
                    "pattern": "^[^\\u0000]*$",
                    "default": null
                  }
                },
                "required": [
                  "email"
                ]
              },
              "UserPatch": {
                "type": "object",
                "properties": {
                  "email": {
                    "type": "string",
                    "maxLength": 254,
                    "pattern": "^[^@\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+@[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+(\\.[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)+$"
                  },
                  "name": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 100,
                    "pattern": "^[^\\u0000]*$"
                  }
                }
              },
              "Task": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "user_id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "title": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "description": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 1000,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "completed": {
                    "type": "boolean"
                  },
                  "created_at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "updated_at": {
                    "type": "string",
                    "format": "date-time"
                  }
                },
                "required": [
                  "id",
                  "user_id",
                  "title",
                  "description",
                  "completed",
                  "created_at",
                  "updated_at"
                ]
              },
              "TaskInput": {
                "type": "object",
                "properties": {
                  "title": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "description": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 1000,
                    "pattern": "^[^\\u0000]*$",
                    "default": null
                  },
                  "completed": {
                    "type": "boolean",
                    "default": false
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
                    "minLength": 1,
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "description": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 1000,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "completed": {
                    "type": "boolean"
                  }
                }
              },
              "SignupRequest": {
                "type": "object",
                "properties": {
                  "email": {
                    "type": "string",
                    "maxLength": 254,
                    "pattern": "^[^@\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+@[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+(\\.[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)+$"
                  },
                  "name": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 100,
                    "pattern": "^[^\\u0000]*$",
                    "default": null
                  },
                  "password": {
                    "type": "string",
                    "minLength": 8,
                    "maxLength": 128,
                    "pattern": "^[^\\u0000]*$"
                  }
                },
                "required": [
                  "email",
                  "password"
                ]
              },
              "LoginRequest": {
                "type": "object",
                "properties": {
                  "email": {
                    "type": "string",
                    "pattern": "^[^\\u0000]*$"
                  },
                  "password": {
                    "type": "string",
                    "pattern": "^[^\\u0000]*$"
                  }
                },
                "required": [
                  "email",
                  "password"
                ]
              },
              "TokenResponse": {
                "type": "object",
                "properties": {
                  "access_token": {
                    "type": "string"
                  },
                  "token_type": {
                    "type": "string",
                    "const": "bearer"
                  },
                  "expires_in": {
                    "type": "integer"
                  },
                  "user": {
                    "$ref": "#/components/schemas/User"
                  }
                },
                "required": [
                  "access_token",
                  "token_type",
                  "expires_in",
                  "user"
                ]
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
            },
            "securitySchemes": {
              "bearerAuth": {
                "type": "http",
                "scheme": "bearer",
                "bearerFormat": "JWT"
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
        <title>TODO API 0.1.0</title>
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
        <h1>TODO API <small>0.1.0</small></h1>
        <p>Generated from <code>spec/todo.yaml</code>. The machine-readable description is <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).
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
        <div class="op" id="signup">
        <div><span class="method">POST</span> <code>/api/auth/signup</code></div>
        <p>Create an account and get a token.</p>
        <p>Body: <code>{&quot;$ref&quot;:&quot;#/components/schemas/SignupRequest&quot;}</code></p>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>201</td><td>Signed up.</td></tr>
        <tr><td>409</td><td>A unique value is already taken, or a referenced row is missing.</td></tr>
        <tr><td>413</td><td>The request body is larger than 1 MiB.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="login">
        <div><span class="method">POST</span> <code>/api/auth/login</code></div>
        <p>Exchange credentials for a token.</p>
        <p>Body: <code>{&quot;$ref&quot;:&quot;#/components/schemas/LoginRequest&quot;}</code></p>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>200</td><td>Logged in.</td></tr>
        <tr><td>401</td><td>Unknown email or wrong password (the same answer for both).</td></tr>
        <tr><td>413</td><td>The request body is larger than 1 MiB.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="me">
        <div><span class="method">GET</span> <code>/api/auth/me</code> &middot; bearer token</div>
        <p>The authenticated user.</p>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>200</td><td>The user.</td></tr>
        <tr><td>401</td><td>Missing, malformed, expired or badly signed token, or a subject that is no user.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="listTask">
        <div><span class="method">GET</span> <code>/api/{user_id}/tasks</code> &middot; bearer token</div>
        <p>List Task rows.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>user_id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;string&quot;,&quot;format&quot;:&quot;uuid&quot;}</code></td></tr>
        <tr><td><code>status</code></td><td>query</td><td><code>{&quot;type&quot;:&quot;string&quot;,&quot;enum&quot;:[&quot;all&quot;,&quot;pending&quot;,&quot;completed&quot;],&quot;default&quot;:&quot;all&quot;}</code></td></tr>
        <tr><td><code>q</code></td><td>query</td><td><code>{&quot;type&quot;:&quot;string&quot;,&quot;pattern&quot;:&quot;^[^\\u0000]*$&quot;}</code></td></tr>
        <tr><td><code>sort</code></td><td>query</td><td><code>{&quot;type&quot;:&quot;string&quot;,&quot;enum&quot;:[&quot;created&quot;,&quot;updated&quot;,&quot;title&quot;],&quot;default&quot;:&quot;created&quot;}</code></td></tr>
        <tr><td><code>order</code></td><td>query</td><td><code>{&quot;type&quot;:&quot;string&quot;,&quot;enum&quot;:[&quot;asc&quot;,&quot;desc&quot;],&quot;default&quot;:&quot;desc&quot;}</code></td></tr>
        <tr><td><code>limit</code></td><td>query</td><td><code>{&quot;type&quot;:&quot;integer&quot;,&quot;minimum&quot;:1,&quot;maximum&quot;:100,&quot;default&quot;:50}</code></td></tr>
        <tr><td><code>offset</code></td><td>query</td><td><code>{&quot;type&quot;:&quot;integer&quot;,&quot;format&quot;:&quot;int64&quot;,&quot;minimum&quot;:0,&quot;maximum&quot;:9223372036854775807,&quot;default&quot;:0}</code></td></tr>
        </table>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>200</td><td>One page of rows.</td></tr>
        <tr><td>401</td><td>Missing, malformed, expired or badly signed token, or a subject that is no user.</td></tr>
        <tr><td>403</td><td>The path names another user than the token's subject.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="createTask">
        <div><span class="method">POST</span> <code>/api/{user_id}/tasks</code> &middot; bearer token</div>
        <p>Create a Task.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>user_id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;string&quot;,&quot;format&quot;:&quot;uuid&quot;}</code></td></tr>
        </table>
        <p>Body: <code>{&quot;$ref&quot;:&quot;#/components/schemas/TaskInput&quot;}</code></p>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>201</td><td>Created.</td></tr>
        <tr><td>401</td><td>Missing, malformed, expired or badly signed token, or a subject that is no user.</td></tr>
        <tr><td>403</td><td>The path names another user than the token's subject.</td></tr>
        <tr><td>413</td><td>The request body is larger than 1 MiB.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="getTask">
        <div><span class="method">GET</span> <code>/api/{user_id}/tasks/{id}</code> &middot; bearer token</div>
        <p>Get one Task.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>user_id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;string&quot;,&quot;format&quot;:&quot;uuid&quot;}</code></td></tr>
        <tr><td><code>id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;integer&quot;}</code></td></tr>
        </table>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>200</td><td>The row.</td></tr>
        <tr><td>401</td><td>Missing, malformed, expired or badly signed token, or a subject that is no user.</td></tr>
        <tr><td>403</td><td>The path names another user than the token's subject.</td></tr>
        <tr><td>404</td><td>No such row, or it belongs to another user.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="replaceTask">
        <div><span class="method">PUT</span> <code>/api/{user_id}/tasks/{id}</code> &middot; bearer token</div>
        <p>Replace a Task; absent optional fields reset to their defaults.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>user_id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;string&quot;,&quot;format&quot;:&quot;uuid&quot;}</code></td></tr>
        <tr><td><code>id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;integer&quot;}</code></td></tr>
        </table>
        <p>Body: <code>{&quot;$ref&quot;:&quot;#/components/schemas/TaskInput&quot;}</code></p>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>200</td><td>The row.</td></tr>
        <tr><td>401</td><td>Missing, malformed, expired or badly signed token, or a subject that is no user.</td></tr>
        <tr><td>403</td><td>The path names another user than the token's subject.</td></tr>
        <tr><td>404</td><td>No such row, or it belongs to another user.</td></tr>
        <tr><td>413</td><td>The request body is larger than 1 MiB.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="patchTask">
        <div><span class="method">PATCH</span> <code>/api/{user_id}/tasks/{id}</code> &middot; bearer token</div>
        <p>Change some fields of a Task.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>user_id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;string&quot;,&quot;format&quot;:&quot;uuid&quot;}</code></td></tr>
        <tr><td><code>id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;integer&quot;}</code></td></tr>
        </table>
        <p>Body: <code>{&quot;$ref&quot;:&quot;#/components/schemas/TaskPatch&quot;}</code></p>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>200</td><td>The row.</td></tr>
        <tr><td>401</td><td>Missing, malformed, expired or badly signed token, or a subject that is no user.</td></tr>
        <tr><td>403</td><td>The path names another user than the token's subject.</td></tr>
        <tr><td>404</td><td>No such row, or it belongs to another user.</td></tr>
        <tr><td>413</td><td>The request body is larger than 1 MiB.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="deleteTask">
        <div><span class="method">DELETE</span> <code>/api/{user_id}/tasks/{id}</code> &middot; bearer token</div>
        <p>Delete a Task.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>user_id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;string&quot;,&quot;format&quot;:&quot;uuid&quot;}</code></td></tr>
        <tr><td><code>id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;integer&quot;}</code></td></tr>
        </table>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>204</td><td>Deleted; no body.</td></tr>
        <tr><td>401</td><td>Missing, malformed, expired or badly signed token, or a subject that is no user.</td></tr>
        <tr><td>403</td><td>The path names another user than the token's subject.</td></tr>
        <tr><td>404</td><td>No such row, or it belongs to another user.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="completeTask">
        <div><span class="method">PATCH</span> <code>/api/{user_id}/tasks/{id}/complete</code> &middot; bearer token</div>
        <p>Flip a task's completed flag.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>user_id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;string&quot;,&quot;format&quot;:&quot;uuid&quot;}</code></td></tr>
        <tr><td><code>id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;integer&quot;}</code></td></tr>
        </table>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>200</td><td>The result.</td></tr>
        <tr><td>401</td><td>Missing, malformed, expired or badly signed token, or a subject that is no user.</td></tr>
        <tr><td>403</td><td>The path names another user than the token's subject.</td></tr>
        <tr><td>404</td><td>No such row, or it belongs to another user.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <h2>Schemas</h2>
        <h3 id="schema-User">User</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;id&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;format&quot;: &quot;uuid&quot;
            },
            &quot;email&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;maxLength&quot;: 254,
              &quot;pattern&quot;: &quot;^[^@\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+@[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+(\\.[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)+$&quot;
            },
            &quot;name&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 100,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;created_at&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;format&quot;: &quot;date-time&quot;
            }
          },
          &quot;required&quot;: [
            &quot;id&quot;,
            &quot;email&quot;,
            &quot;name&quot;,
            &quot;created_at&quot;
          ]
        }</pre>
        <h3 id="schema-UserInput">UserInput</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;email&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;maxLength&quot;: 254,
              &quot;pattern&quot;: &quot;^[^@\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+@[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+(\\.[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)+$&quot;
            },
            &quot;name&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 100,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;,
              &quot;default&quot;: null
            }
          },
          &quot;required&quot;: [
            &quot;email&quot;
          ]
        }</pre>
        <h3 id="schema-UserPatch">UserPatch</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;email&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;maxLength&quot;: 254,
              &quot;pattern&quot;: &quot;^[^@\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+@[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+(\\.[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)+$&quot;
            },
            &quot;name&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 100,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            }
          }
        }</pre>
        <h3 id="schema-Task">Task</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;id&quot;: {
              &quot;type&quot;: &quot;integer&quot;,
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;user_id&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;format&quot;: &quot;uuid&quot;
            },
            &quot;title&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;minLength&quot;: 1,
              &quot;maxLength&quot;: 200,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;description&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 1000,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;completed&quot;: {
              &quot;type&quot;: &quot;boolean&quot;
            },
            &quot;created_at&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;format&quot;: &quot;date-time&quot;
            },
            &quot;updated_at&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;format&quot;: &quot;date-time&quot;
            }
          },
          &quot;required&quot;: [
            &quot;id&quot;,
            &quot;user_id&quot;,
            &quot;title&quot;,
            &quot;description&quot;,
            &quot;completed&quot;,
            &quot;created_at&quot;,
            &quot;updated_at&quot;
          ]
        }</pre>
        <h3 id="schema-TaskInput">TaskInput</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;title&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;minLength&quot;: 1,
              &quot;maxLength&quot;: 200,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;description&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 1000,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;,
              &quot;default&quot;: null
            },
            &quot;completed&quot;: {
              &quot;type&quot;: &quot;boolean&quot;,
              &quot;default&quot;: false
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
              &quot;minLength&quot;: 1,
              &quot;maxLength&quot;: 200,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;description&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 1000,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;completed&quot;: {
              &quot;type&quot;: &quot;boolean&quot;
            }
          }
        }</pre>
        <h3 id="schema-SignupRequest">SignupRequest</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;email&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;maxLength&quot;: 254,
              &quot;pattern&quot;: &quot;^[^@\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+@[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+(\\.[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)+$&quot;
            },
            &quot;name&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 100,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;,
              &quot;default&quot;: null
            },
            &quot;password&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;minLength&quot;: 8,
              &quot;maxLength&quot;: 128,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            }
          },
          &quot;required&quot;: [
            &quot;email&quot;,
            &quot;password&quot;
          ]
        }</pre>
        <h3 id="schema-LoginRequest">LoginRequest</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;email&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;password&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            }
          },
          &quot;required&quot;: [
            &quot;email&quot;,
            &quot;password&quot;
          ]
        }</pre>
        <h3 id="schema-TokenResponse">TokenResponse</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;access_token&quot;: {
              &quot;type&quot;: &quot;string&quot;
            },
            &quot;token_type&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;const&quot;: &quot;bearer&quot;
            },
            &quot;expires_in&quot;: {
              &quot;type&quot;: &quot;integer&quot;
            },
            &quot;user&quot;: {
              &quot;$ref&quot;: &quot;#/components/schemas/User&quot;
            }
          },
          &quot;required&quot;: [
            &quot;access_token&quot;,
            &quot;token_type&quot;,
            &quot;expires_in&quot;,
            &quot;user&quot;
          ]
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
