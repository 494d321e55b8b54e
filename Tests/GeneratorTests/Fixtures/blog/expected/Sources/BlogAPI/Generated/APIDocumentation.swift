// Generated from spec/blog.yaml by `swift run generate` — do not edit.

/// The OpenAPI document and the documentation page, served at `/openapi.json` and `/docs`.
enum APIDocumentation {
    static let openAPI = ##"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "Blog API",
            "version": "1.2.0"
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
            "/v1/session/register": {
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
            "/v1/session/login": {
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
                    "description": "Unknown handle or wrong password (the same answer for both).",
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
            "/v1/session/me": {
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
                          "$ref": "#/components/schemas/Author"
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
            "/v1/{author_id}/posts": {
              "get": {
                "operationId": "listPost",
                "summary": "List Post rows.",
                "tags": [
                  "Post"
                ],
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "author_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  },
                  {
                    "name": "state",
                    "in": "query",
                    "required": false,
                    "description": "Only rows whose state equals this.",
                    "schema": {
                      "$ref": "#/components/schemas/PostState"
                    }
                  },
                  {
                    "name": "visibility",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "everything"
                      ],
                      "default": "everything"
                    }
                  },
                  {
                    "name": "search",
                    "in": "query",
                    "required": false,
                    "description": "Case-insensitive literal substring of title or body.",
                    "schema": {
                      "type": "string",
                      "pattern": "^[^\\u0000]*$"
                    }
                  },
                  {
                    "name": "order_by",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "newest",
                        "title"
                      ],
                      "default": "newest"
                    }
                  },
                  {
                    "name": "direction",
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
                    "name": "per_page",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 50,
                      "default": 20
                    }
                  },
                  {
                    "name": "skip",
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
                            "$ref": "#/components/schemas/Post"
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
                "operationId": "createPost",
                "summary": "Create a Post.",
                "tags": [
                  "Post"
                ],
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "author_id",
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
                        "$ref": "#/components/schemas/PostInput"
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
                          "$ref": "#/components/schemas/Post"
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
            "/v1/{author_id}/posts/{id}": {
              "get": {
                "operationId": "getPost",
                "summary": "Get one Post.",
                "tags": [
                  "Post"
                ],
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "author_id",
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
                          "$ref": "#/components/schemas/Post"
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
              "patch": {
                "operationId": "patchPost",
                "summary": "Change some fields of a Post.",
                "tags": [
                  "Post"
                ],
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "author_id",
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
                        "$ref": "#/components/schemas/PostPatch"
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
                          "$ref": "#/components/schemas/Post"
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
                "operationId": "deletePost",
                "summary": "Delete a Post.",
                "tags": [
                  "Post"
                ],
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "author_id",
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
            "/v1/tags": {
              "get": {
                "operationId": "listTag",
                "summary": "List Tag rows.",
                "tags": [
                  "Tag"
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
                            "$ref": "#/components/schemas/Tag"
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
                "operationId": "createTag",
                "summary": "Create a Tag.",
                "tags": [
                  "Tag"
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/TagInput"
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
                          "$ref": "#/components/schemas/Tag"
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
            "/v1/tags/{id}": {
              "get": {
                "operationId": "getTag",
                "summary": "Get one Tag.",
                "tags": [
                  "Tag"
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
                          "$ref": "#/components/schemas/Tag"
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
            "/v1/{author_id}/posts/{post_id}/tags": {
              "put": {
                "operationId": "tagPost",
                "summary": "Replace a post's tags.\nTags that do not exist yet are created.\n",
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
                    "name": "author_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  },
                  {
                    "name": "post_id",
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
                        "$ref": "#/components/schemas/TagAssignmentInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The result.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/Tag"
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
              }
            },
            "/v1/{author_id}/archive": {
              "delete": {
                "operationId": "purgeArchived",
                "summary": "purgeArchived",
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
                    "name": "author_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  }
                ],
                "responses": {
                  "204": {
                    "description": "Done; no body."
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
            "/v1/feed/{handle}": {
              "get": {
                "operationId": "feed",
                "summary": "feed",
                "tags": [
                  "custom"
                ],
                "parameters": [
                  {
                    "name": "handle",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "pattern": "^[^\\u0000]*$"
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
                            "$ref": "#/components/schemas/Post"
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
              "PostState": {
                "type": "string",
                "enum": [
                  "draft",
                  "published",
                  "archived"
                ]
              },
              "Author": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "handle": {
                    "type": "string",
                    "minLength": 3,
                    "maxLength": 30,
                    "pattern": "^[a-z0-9_]+$"
                  },
                  "homepage": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://[^/?#\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+([/?#][^\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*)?$"
                  },
                  "joined_on": {
                    "type": "string",
                    "format": "date"
                  }
                },
                "required": [
                  "id",
                  "handle",
                  "homepage",
                  "joined_on"
                ]
              },
              "AuthorInput": {
                "type": "object",
                "properties": {
                  "handle": {
                    "type": "string",
                    "minLength": 3,
                    "maxLength": 30,
                    "pattern": "^[a-z0-9_]+$"
                  },
                  "homepage": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://[^/?#\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+([/?#][^\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*)?$",
                    "default": null
                  }
                },
                "required": [
                  "handle"
                ]
              },
              "AuthorPatch": {
                "type": "object",
                "properties": {
                  "handle": {
                    "type": "string",
                    "minLength": 3,
                    "maxLength": 30,
                    "pattern": "^[a-z0-9_]+$"
                  },
                  "homepage": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://[^/?#\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+([/?#][^\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*)?$"
                  }
                }
              },
              "Post": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "author_id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "slug": {
                    "type": "string",
                    "maxLength": 80,
                    "pattern": "^[a-z0-9-]+$"
                  },
                  "title": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "body": {
                    "type": "string",
                    "pattern": "^[^\\u0000]*$",
                    "description": "Markdown source."
                  },
                  "state": {
                    "$ref": "#/components/schemas/PostState"
                  },
                  "rating": {
                    "type": [
                      "number",
                      "null"
                    ],
                    "format": "double",
                    "minimum": 0,
                    "maximum": 5
                  },
                  "metadata": {
                    "description": "Any JSON value."
                  },
                  "cover": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "contentEncoding": "base64"
                  },
                  "published_at": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date-time"
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
                  "author_id",
                  "slug",
                  "title",
                  "body",
                  "state",
                  "rating",
                  "metadata",
                  "cover",
                  "published_at",
                  "created_at",
                  "updated_at"
                ]
              },
              "PostInput": {
                "type": "object",
                "properties": {
                  "slug": {
                    "type": "string",
                    "maxLength": 80,
                    "pattern": "^[a-z0-9-]+$"
                  },
                  "title": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "body": {
                    "type": "string",
                    "pattern": "^[^\\u0000]*$",
                    "description": "Markdown source."
                  },
                  "state": {
                    "$ref": "#/components/schemas/PostState",
                    "default": "draft"
                  },
                  "rating": {
                    "type": [
                      "number",
                      "null"
                    ],
                    "format": "double",
                    "minimum": 0,
                    "maximum": 5,
                    "default": null
                  },
                  "metadata": {
                    "description": "Any JSON value.",
                    "default": null
                  },
                  "cover": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "contentEncoding": "base64",
                    "default": null
                  },
                  "published_at": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date-time",
                    "default": null
                  }
                },
                "required": [
                  "slug",
                  "title",
                  "body"
                ]
              },
              "PostPatch": {
                "type": "object",
                "properties": {
                  "slug": {
                    "type": "string",
                    "maxLength": 80,
                    "pattern": "^[a-z0-9-]+$"
                  },
                  "title": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "body": {
                    "type": "string",
                    "pattern": "^[^\\u0000]*$",
                    "description": "Markdown source."
                  },
                  "state": {
                    "$ref": "#/components/schemas/PostState"
                  },
                  "rating": {
                    "type": [
                      "number",
                      "null"
                    ],
                    "format": "double",
                    "minimum": 0,
                    "maximum": 5
                  },
                  "metadata": {
                    "description": "Any JSON value."
                  },
                  "cover": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "contentEncoding": "base64"
                  },
                  "published_at": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date-time"
                  }
                }
              },
              "Tag": {
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
                    "maxLength": 40,
                    "pattern": "^[^\\u0000]*$"
                  }
                },
                "required": [
                  "id",
                  "name"
                ]
              },
              "TagInput": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "maxLength": 40,
                    "pattern": "^[^\\u0000]*$"
                  }
                },
                "required": [
                  "name"
                ]
              },
              "TagPatch": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "maxLength": 40,
                    "pattern": "^[^\\u0000]*$"
                  }
                }
              },
              "PostTag": {
                "type": "object",
                "properties": {
                  "post_id": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "tag_id": {
                    "type": "integer",
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  }
                },
                "required": [
                  "post_id",
                  "tag_id"
                ]
              },
              "PostTagInput": {
                "type": "object",
                "properties": {
                  "post_id": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "tag_id": {
                    "type": "integer",
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  }
                },
                "required": [
                  "post_id",
                  "tag_id"
                ]
              },
              "PostTagPatch": {
                "type": "object",
                "properties": {
                  "post_id": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "tag_id": {
                    "type": "integer",
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  }
                }
              },
              "TagAssignment": {
                "type": "object",
                "properties": {
                  "names": {
                    "description": "Any JSON value."
                  }
                },
                "required": [
                  "names"
                ]
              },
              "TagAssignmentInput": {
                "type": "object",
                "properties": {
                  "names": {
                    "description": "Any JSON value."
                  }
                },
                "required": [
                  "names"
                ]
              },
              "TagAssignmentPatch": {
                "type": "object",
                "properties": {
                  "names": {
                    "description": "Any JSON value."
                  }
                }
              },
              "SignupRequest": {
                "type": "object",
                "properties": {
                  "handle": {
                    "type": "string",
                    "minLength": 3,
                    "maxLength": 30,
                    "pattern": "^[a-z0-9_]+$"
                  },
                  "homepage": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://[^/?#\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+([/?#][^\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*)?$",
                    "default": null
                  },
                  "password": {
                    "type": "string",
                    "minLength": 10,
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*$"
                  }
                },
                "required": [
                  "handle",
                  "password"
                ]
              },
              "LoginRequest": {
                "type": "object",
                "properties": {
                  "handle": {
                    "type": "string",
                    "pattern": "^[^\\u0000]*$"
                  },
                  "password": {
                    "type": "string",
                    "pattern": "^[^\\u0000]*$"
                  }
                },
                "required": [
                  "handle",
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
                    "$ref": "#/components/schemas/Author"
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
        <title>Blog API 1.2.0</title>
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
        <h1>Blog API <small>1.2.0</small></h1>
        <p>Generated from <code>spec/blog.yaml</code>. The machine-readable description is <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).
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
        <div><span class="method">POST</span> <code>/v1/session/register</code></div>
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
        <div><span class="method">POST</span> <code>/v1/session/login</code></div>
        <p>Exchange credentials for a token.</p>
        <p>Body: <code>{&quot;$ref&quot;:&quot;#/components/schemas/LoginRequest&quot;}</code></p>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>200</td><td>Logged in.</td></tr>
        <tr><td>401</td><td>Unknown handle or wrong password (the same answer for both).</td></tr>
        <tr><td>413</td><td>The request body is larger than 1 MiB.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="me">
        <div><span class="method">GET</span> <code>/v1/session/me</code> &middot; bearer token</div>
        <p>The authenticated user.</p>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>200</td><td>The user.</td></tr>
        <tr><td>401</td><td>Missing, malformed, expired or badly signed token, or a subject that is no user.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="listPost">
        <div><span class="method">GET</span> <code>/v1/{author_id}/posts</code> &middot; bearer token</div>
        <p>List Post rows.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>author_id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;string&quot;,&quot;format&quot;:&quot;uuid&quot;}</code></td></tr>
        <tr><td><code>state</code></td><td>query</td><td><code>{&quot;$ref&quot;:&quot;#/components/schemas/PostState&quot;}</code></td></tr>
        <tr><td><code>visibility</code></td><td>query</td><td><code>{&quot;type&quot;:&quot;string&quot;,&quot;enum&quot;:[&quot;everything&quot;],&quot;default&quot;:&quot;everything&quot;}</code></td></tr>
        <tr><td><code>search</code></td><td>query</td><td><code>{&quot;type&quot;:&quot;string&quot;,&quot;pattern&quot;:&quot;^[^\\u0000]*$&quot;}</code></td></tr>
        <tr><td><code>order_by</code></td><td>query</td><td><code>{&quot;type&quot;:&quot;string&quot;,&quot;enum&quot;:[&quot;newest&quot;,&quot;title&quot;],&quot;default&quot;:&quot;newest&quot;}</code></td></tr>
        <tr><td><code>direction</code></td><td>query</td><td><code>{&quot;type&quot;:&quot;string&quot;,&quot;enum&quot;:[&quot;asc&quot;,&quot;desc&quot;],&quot;default&quot;:&quot;desc&quot;}</code></td></tr>
        <tr><td><code>per_page</code></td><td>query</td><td><code>{&quot;type&quot;:&quot;integer&quot;,&quot;minimum&quot;:1,&quot;maximum&quot;:50,&quot;default&quot;:20}</code></td></tr>
        <tr><td><code>skip</code></td><td>query</td><td><code>{&quot;type&quot;:&quot;integer&quot;,&quot;format&quot;:&quot;int64&quot;,&quot;minimum&quot;:0,&quot;maximum&quot;:9223372036854775807,&quot;default&quot;:0}</code></td></tr>
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
        <div class="op" id="createPost">
        <div><span class="method">POST</span> <code>/v1/{author_id}/posts</code> &middot; bearer token</div>
        <p>Create a Post.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>author_id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;string&quot;,&quot;format&quot;:&quot;uuid&quot;}</code></td></tr>
        </table>
        <p>Body: <code>{&quot;$ref&quot;:&quot;#/components/schemas/PostInput&quot;}</code></p>
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
        <div class="op" id="getPost">
        <div><span class="method">GET</span> <code>/v1/{author_id}/posts/{id}</code> &middot; bearer token</div>
        <p>Get one Post.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>author_id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;string&quot;,&quot;format&quot;:&quot;uuid&quot;}</code></td></tr>
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
        <div class="op" id="patchPost">
        <div><span class="method">PATCH</span> <code>/v1/{author_id}/posts/{id}</code> &middot; bearer token</div>
        <p>Change some fields of a Post.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>author_id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;string&quot;,&quot;format&quot;:&quot;uuid&quot;}</code></td></tr>
        <tr><td><code>id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;integer&quot;}</code></td></tr>
        </table>
        <p>Body: <code>{&quot;$ref&quot;:&quot;#/components/schemas/PostPatch&quot;}</code></p>
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
        <div class="op" id="deletePost">
        <div><span class="method">DELETE</span> <code>/v1/{author_id}/posts/{id}</code> &middot; bearer token</div>
        <p>Delete a Post.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>author_id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;string&quot;,&quot;format&quot;:&quot;uuid&quot;}</code></td></tr>
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
        <div class="op" id="listTag">
        <div><span class="method">GET</span> <code>/v1/tags</code></div>
        <p>List Tag rows.</p>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>200</td><td>One page of rows.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="createTag">
        <div><span class="method">POST</span> <code>/v1/tags</code></div>
        <p>Create a Tag.</p>
        <p>Body: <code>{&quot;$ref&quot;:&quot;#/components/schemas/TagInput&quot;}</code></p>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>201</td><td>Created.</td></tr>
        <tr><td>409</td><td>A unique value is already taken, or a referenced row is missing.</td></tr>
        <tr><td>413</td><td>The request body is larger than 1 MiB.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="getTag">
        <div><span class="method">GET</span> <code>/v1/tags/{id}</code></div>
        <p>Get one Tag.</p>
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
        <div class="op" id="tagPost">
        <div><span class="method">PUT</span> <code>/v1/{author_id}/posts/{post_id}/tags</code> &middot; bearer token</div>
        <p>Replace a post's tags.
        Tags that do not exist yet are created.
        </p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>author_id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;string&quot;,&quot;format&quot;:&quot;uuid&quot;}</code></td></tr>
        <tr><td><code>post_id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;integer&quot;}</code></td></tr>
        </table>
        <p>Body: <code>{&quot;$ref&quot;:&quot;#/components/schemas/TagAssignmentInput&quot;}</code></p>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>200</td><td>The result.</td></tr>
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
        <div class="op" id="purgeArchived">
        <div><span class="method">DELETE</span> <code>/v1/{author_id}/archive</code> &middot; bearer token</div>
        <p>purgeArchived</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>author_id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;string&quot;,&quot;format&quot;:&quot;uuid&quot;}</code></td></tr>
        </table>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>204</td><td>Done; no body.</td></tr>
        <tr><td>401</td><td>Missing, malformed, expired or badly signed token, or a subject that is no user.</td></tr>
        <tr><td>403</td><td>The path names another user than the token's subject.</td></tr>
        <tr><td>404</td><td>No such row, or it belongs to another user.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="feed">
        <div><span class="method">GET</span> <code>/v1/feed/{handle}</code></div>
        <p>feed</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>handle</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;string&quot;,&quot;pattern&quot;:&quot;^[^\\u0000]*$&quot;}</code></td></tr>
        </table>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>200</td><td>The result.</td></tr>
        <tr><td>404</td><td>No such row, or it belongs to another user.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <h2>Schemas</h2>
        <h3 id="schema-PostState">PostState</h3>
        <pre>{
          &quot;type&quot;: &quot;string&quot;,
          &quot;enum&quot;: [
            &quot;draft&quot;,
            &quot;published&quot;,
            &quot;archived&quot;
          ]
        }</pre>
        <h3 id="schema-Author">Author</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;id&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;format&quot;: &quot;uuid&quot;
            },
            &quot;handle&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;minLength&quot;: 3,
              &quot;maxLength&quot;: 30,
              &quot;pattern&quot;: &quot;^[a-z0-9_]+$&quot;
            },
            &quot;homepage&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;pattern&quot;: &quot;^[Hh][Tt][Tt][Pp][Ss]?://[^/?#\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+([/?#][^\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*)?$&quot;
            },
            &quot;joined_on&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;format&quot;: &quot;date&quot;
            }
          },
          &quot;required&quot;: [
            &quot;id&quot;,
            &quot;handle&quot;,
            &quot;homepage&quot;,
            &quot;joined_on&quot;
          ]
        }</pre>
        <h3 id="schema-AuthorInput">AuthorInput</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;handle&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;minLength&quot;: 3,
              &quot;maxLength&quot;: 30,
              &quot;pattern&quot;: &quot;^[a-z0-9_]+$&quot;
            },
            &quot;homepage&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;pattern&quot;: &quot;^[Hh][Tt][Tt][Pp][Ss]?://[^/?#\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+([/?#][^\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*)?$&quot;,
              &quot;default&quot;: null
            }
          },
          &quot;required&quot;: [
            &quot;handle&quot;
          ]
        }</pre>
        <h3 id="schema-AuthorPatch">AuthorPatch</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;handle&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;minLength&quot;: 3,
              &quot;maxLength&quot;: 30,
              &quot;pattern&quot;: &quot;^[a-z0-9_]+$&quot;
            },
            &quot;homepage&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;pattern&quot;: &quot;^[Hh][Tt][Tt][Pp][Ss]?://[^/?#\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+([/?#][^\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*)?$&quot;
            }
          }
        }</pre>
        <h3 id="schema-Post">Post</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;id&quot;: {
              &quot;type&quot;: &quot;integer&quot;,
              &quot;format&quot;: &quot;int64&quot;
            },
            &quot;author_id&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;format&quot;: &quot;uuid&quot;
            },
            &quot;slug&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;maxLength&quot;: 80,
              &quot;pattern&quot;: &quot;^[a-z0-9-]+$&quot;
            },
            &quot;title&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;minLength&quot;: 1,
              &quot;maxLength&quot;: 200,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;body&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;,
              &quot;description&quot;: &quot;Markdown source.&quot;
            },
            &quot;state&quot;: {
              &quot;$ref&quot;: &quot;#/components/schemas/PostState&quot;
            },
            &quot;rating&quot;: {
              &quot;type&quot;: [
                &quot;number&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;double&quot;,
              &quot;minimum&quot;: 0,
              &quot;maximum&quot;: 5
            },
            &quot;metadata&quot;: {
              &quot;description&quot;: &quot;Any JSON value.&quot;
            },
            &quot;cover&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;contentEncoding&quot;: &quot;base64&quot;
            },
            &quot;published_at&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;date-time&quot;
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
            &quot;author_id&quot;,
            &quot;slug&quot;,
            &quot;title&quot;,
            &quot;body&quot;,
            &quot;state&quot;,
            &quot;rating&quot;,
            &quot;metadata&quot;,
            &quot;cover&quot;,
            &quot;published_at&quot;,
            &quot;created_at&quot;,
            &quot;updated_at&quot;
          ]
        }</pre>
        <h3 id="schema-PostInput">PostInput</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;slug&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;maxLength&quot;: 80,
              &quot;pattern&quot;: &quot;^[a-z0-9-]+$&quot;
            },
            &quot;title&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;minLength&quot;: 1,
              &quot;maxLength&quot;: 200,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;body&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;,
              &quot;description&quot;: &quot;Markdown source.&quot;
            },
            &quot;state&quot;: {
              &quot;$ref&quot;: &quot;#/components/schemas/PostState&quot;,
              &quot;default&quot;: &quot;draft&quot;
            },
            &quot;rating&quot;: {
              &quot;type&quot;: [
                &quot;number&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;double&quot;,
              &quot;minimum&quot;: 0,
              &quot;maximum&quot;: 5,
              &quot;default&quot;: null
            },
            &quot;metadata&quot;: {
              &quot;description&quot;: &quot;Any JSON value.&quot;,
              &quot;default&quot;: null
            },
            &quot;cover&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;contentEncoding&quot;: &quot;base64&quot;,
              &quot;default&quot;: null
            },
            &quot;published_at&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;date-time&quot;,
              &quot;default&quot;: null
            }
          },
          &quot;required&quot;: [
            &quot;slug&quot;,
            &quot;title&quot;,
            &quot;body&quot;
          ]
        }</pre>
        <h3 id="schema-PostPatch">PostPatch</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;slug&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;maxLength&quot;: 80,
              &quot;pattern&quot;: &quot;^[a-z0-9-]+$&quot;
            },
            &quot;title&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;minLength&quot;: 1,
              &quot;maxLength&quot;: 200,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;body&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;,
              &quot;description&quot;: &quot;Markdown source.&quot;
            },
            &quot;state&quot;: {
              &quot;$ref&quot;: &quot;#/components/schemas/PostState&quot;
            },
            &quot;rating&quot;: {
              &quot;type&quot;: [
                &quot;number&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;double&quot;,
              &quot;minimum&quot;: 0,
              &quot;maximum&quot;: 5
            },
            &quot;metadata&quot;: {
              &quot;description&quot;: &quot;Any JSON value.&quot;
            },
            &quot;cover&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;contentEncoding&quot;: &quot;base64&quot;
            },
            &quot;published_at&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;date-time&quot;
            }
          }
        }</pre>
        <h3 id="schema-Tag">Tag</h3>
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
              &quot;maxLength&quot;: 40,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            }
          },
          &quot;required&quot;: [
            &quot;id&quot;,
            &quot;name&quot;
          ]
        }</pre>
        <h3 id="schema-TagInput">TagInput</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;name&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;maxLength&quot;: 40,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            }
          },
          &quot;required&quot;: [
            &quot;name&quot;
          ]
        }</pre>
        <h3 id="schema-TagPatch">TagPatch</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;name&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;maxLength&quot;: 40,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            }
          }
        }</pre>
        <h3 id="schema-PostTag">PostTag</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;post_id&quot;: {
              &quot;type&quot;: &quot;integer&quot;,
              &quot;format&quot;: &quot;int64&quot;
            },
            &quot;tag_id&quot;: {
              &quot;type&quot;: &quot;integer&quot;,
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            }
          },
          &quot;required&quot;: [
            &quot;post_id&quot;,
            &quot;tag_id&quot;
          ]
        }</pre>
        <h3 id="schema-PostTagInput">PostTagInput</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;post_id&quot;: {
              &quot;type&quot;: &quot;integer&quot;,
              &quot;format&quot;: &quot;int64&quot;
            },
            &quot;tag_id&quot;: {
              &quot;type&quot;: &quot;integer&quot;,
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            }
          },
          &quot;required&quot;: [
            &quot;post_id&quot;,
            &quot;tag_id&quot;
          ]
        }</pre>
        <h3 id="schema-PostTagPatch">PostTagPatch</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;post_id&quot;: {
              &quot;type&quot;: &quot;integer&quot;,
              &quot;format&quot;: &quot;int64&quot;
            },
            &quot;tag_id&quot;: {
              &quot;type&quot;: &quot;integer&quot;,
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            }
          }
        }</pre>
        <h3 id="schema-TagAssignment">TagAssignment</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;names&quot;: {
              &quot;description&quot;: &quot;Any JSON value.&quot;
            }
          },
          &quot;required&quot;: [
            &quot;names&quot;
          ]
        }</pre>
        <h3 id="schema-TagAssignmentInput">TagAssignmentInput</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;names&quot;: {
              &quot;description&quot;: &quot;Any JSON value.&quot;
            }
          },
          &quot;required&quot;: [
            &quot;names&quot;
          ]
        }</pre>
        <h3 id="schema-TagAssignmentPatch">TagAssignmentPatch</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;names&quot;: {
              &quot;description&quot;: &quot;Any JSON value.&quot;
            }
          }
        }</pre>
        <h3 id="schema-SignupRequest">SignupRequest</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;handle&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;minLength&quot;: 3,
              &quot;maxLength&quot;: 30,
              &quot;pattern&quot;: &quot;^[a-z0-9_]+$&quot;
            },
            &quot;homepage&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;pattern&quot;: &quot;^[Hh][Tt][Tt][Pp][Ss]?://[^/?#\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+([/?#][^\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*)?$&quot;,
              &quot;default&quot;: null
            },
            &quot;password&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;minLength&quot;: 10,
              &quot;maxLength&quot;: 200,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            }
          },
          &quot;required&quot;: [
            &quot;handle&quot;,
            &quot;password&quot;
          ]
        }</pre>
        <h3 id="schema-LoginRequest">LoginRequest</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;handle&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;password&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            }
          },
          &quot;required&quot;: [
            &quot;handle&quot;,
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
              &quot;$ref&quot;: &quot;#/components/schemas/Author&quot;
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
