// Generated from spec/clinic.yaml by `swift run generate` — do not edit.

/// The OpenAPI document, served at `/openapi.json` (and rendered at `/docs` by the runtime).
enum APIDocumentation {
    static let openAPI = ##"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "Clinics",
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
            "/api/clinics": {
              "get": {
                "operationId": "listClinic",
                "summary": "List Clinic rows.",
                "tags": [
                  "Clinic"
                ],
                "description": "Allowed: any user, Clinic owner, Clinic doctor, Clinic nurse, Clinic receptionist (access: member).",
                "x-access": {
                  "rule": "member",
                  "allows": {
                    "anonymous": false,
                    "any user": true,
                    "Clinic owner": true,
                    "Clinic doctor": true,
                    "Clinic nurse": true,
                    "Clinic receptionist": true
                  }
                },
                "security": [
                  {
                    "bearerAuth": []
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
                            "$ref": "#/components/schemas/Clinic"
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
                  "404": {
                    "description": "The caller is not a member of the Clinic (or there is no such Clinic).",
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
                "operationId": "createClinic",
                "summary": "Create a Clinic.",
                "tags": [
                  "Clinic"
                ],
                "description": "Allowed: any user, Clinic owner, Clinic doctor, Clinic nurse, Clinic receptionist (access: authenticated).",
                "x-access": {
                  "rule": "authenticated",
                  "allows": {
                    "anonymous": false,
                    "any user": true,
                    "Clinic owner": true,
                    "Clinic doctor": true,
                    "Clinic nurse": true,
                    "Clinic receptionist": true
                  }
                },
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/ClinicInput"
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
                          "$ref": "#/components/schemas/Clinic"
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
            "/api/clinics/{id}": {
              "get": {
                "operationId": "getClinic",
                "summary": "Get one Clinic.",
                "tags": [
                  "Clinic"
                ],
                "description": "Allowed: Clinic owner, Clinic doctor, Clinic nurse, Clinic receptionist (access: member).",
                "x-access": {
                  "rule": "member",
                  "allows": {
                    "anonymous": false,
                    "any user": false,
                    "Clinic owner": true,
                    "Clinic doctor": true,
                    "Clinic nurse": true,
                    "Clinic receptionist": true
                  }
                },
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid",
                      "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The row.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Clinic"
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
                  "404": {
                    "description": "The caller is not a member of the Clinic (or there is no such Clinic), or no such Clinic in it.",
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
                "operationId": "patchClinic",
                "summary": "Change some fields of a Clinic.",
                "tags": [
                  "Clinic"
                ],
                "description": "Allowed: Clinic owner (access: [owner]).",
                "x-access": {
                  "rule": "[owner]",
                  "allows": {
                    "anonymous": false,
                    "any user": false,
                    "Clinic owner": true,
                    "Clinic doctor": false,
                    "Clinic nurse": false,
                    "Clinic receptionist": false
                  }
                },
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid",
                      "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
                    }
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/ClinicPatch"
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
                          "$ref": "#/components/schemas/Clinic"
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
                    "description": "A member of the Clinic whose role is not one of: owner.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "The caller is not a member of the Clinic (or there is no such Clinic), or no such Clinic in it.",
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
                "operationId": "deleteClinic",
                "summary": "Delete a Clinic.",
                "tags": [
                  "Clinic"
                ],
                "description": "Allowed: Clinic owner (access: [owner]).",
                "x-access": {
                  "rule": "[owner]",
                  "allows": {
                    "anonymous": false,
                    "any user": false,
                    "Clinic owner": true,
                    "Clinic doctor": false,
                    "Clinic nurse": false,
                    "Clinic receptionist": false
                  }
                },
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid",
                      "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
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
                    "description": "A member of the Clinic whose role is not one of: owner.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "The caller is not a member of the Clinic (or there is no such Clinic), or no such Clinic in it.",
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
            "/api/clinics/{clinic_id}/staff": {
              "get": {
                "operationId": "listStaff",
                "summary": "List Staff rows.",
                "tags": [
                  "Staff"
                ],
                "description": "Allowed: Clinic owner, Clinic doctor, Clinic nurse, Clinic receptionist (access: member).",
                "x-access": {
                  "rule": "member",
                  "allows": {
                    "anonymous": false,
                    "any user": false,
                    "Clinic owner": true,
                    "Clinic doctor": true,
                    "Clinic nurse": true,
                    "Clinic receptionist": true
                  }
                },
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "clinic_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid",
                      "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
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
                            "$ref": "#/components/schemas/StaffView"
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
                  "404": {
                    "description": "The caller is not a member of the Clinic (or there is no such Clinic).",
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
                "operationId": "createStaff",
                "summary": "Create a Staff.",
                "tags": [
                  "Staff"
                ],
                "description": "Allowed: Clinic owner (access: [owner]).",
                "x-access": {
                  "rule": "[owner]",
                  "allows": {
                    "anonymous": false,
                    "any user": false,
                    "Clinic owner": true,
                    "Clinic doctor": false,
                    "Clinic nurse": false,
                    "Clinic receptionist": false
                  }
                },
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "clinic_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid",
                      "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
                    }
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/StaffInput"
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
                          "$ref": "#/components/schemas/StaffView"
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
                    "description": "A member of the Clinic whose role is not one of: owner.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "The caller is not a member of the Clinic (or there is no such Clinic).",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
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
            "/api/clinics/{clinic_id}/staff/{id}": {
              "get": {
                "operationId": "getStaff",
                "summary": "Get one Staff.",
                "tags": [
                  "Staff"
                ],
                "description": "Allowed: Clinic owner, Clinic doctor, Clinic nurse, Clinic receptionist (access: member).",
                "x-access": {
                  "rule": "member",
                  "allows": {
                    "anonymous": false,
                    "any user": false,
                    "Clinic owner": true,
                    "Clinic doctor": true,
                    "Clinic nurse": true,
                    "Clinic receptionist": true
                  }
                },
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "clinic_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid",
                      "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
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
                          "$ref": "#/components/schemas/StaffView"
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
                  "404": {
                    "description": "The caller is not a member of the Clinic (or there is no such Clinic), or no such Staff in it.",
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
                "operationId": "patchStaff",
                "summary": "Change some fields of a Staff.",
                "tags": [
                  "Staff"
                ],
                "description": "Allowed: Clinic owner (access: [owner]).",
                "x-access": {
                  "rule": "[owner]",
                  "allows": {
                    "anonymous": false,
                    "any user": false,
                    "Clinic owner": true,
                    "Clinic doctor": false,
                    "Clinic nurse": false,
                    "Clinic receptionist": false
                  }
                },
                "x-unchangeable": [
                  "user_id"
                ],
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "clinic_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid",
                      "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
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
                        "$ref": "#/components/schemas/StaffPatch"
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
                          "$ref": "#/components/schemas/StaffView"
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
                    "description": "A member of the Clinic whose role is not one of: owner.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "The caller is not a member of the Clinic (or there is no such Clinic), or no such Staff in it.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
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
              },
              "delete": {
                "operationId": "deleteStaff",
                "summary": "Delete a Staff.",
                "tags": [
                  "Staff"
                ],
                "description": "Allowed: Clinic owner (access: [owner]).",
                "x-access": {
                  "rule": "[owner]",
                  "allows": {
                    "anonymous": false,
                    "any user": false,
                    "Clinic owner": true,
                    "Clinic doctor": false,
                    "Clinic nurse": false,
                    "Clinic receptionist": false
                  }
                },
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "clinic_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid",
                      "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
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
                    "description": "A member of the Clinic whose role is not one of: owner.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "The caller is not a member of the Clinic (or there is no such Clinic), or no such Staff in it.",
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
            "/api/clinics/{clinic_id}/patients": {
              "get": {
                "operationId": "listPatient",
                "summary": "List Patient rows.",
                "tags": [
                  "Patient"
                ],
                "description": "Allowed: Clinic owner, Clinic doctor, Clinic nurse, Clinic receptionist, the row's registered_by (access: member).",
                "x-access": {
                  "rule": "member",
                  "allows": {
                    "anonymous": false,
                    "any user": false,
                    "Clinic owner": true,
                    "Clinic doctor": true,
                    "Clinic nurse": true,
                    "Clinic receptionist": true,
                    "the row's registered_by": true
                  }
                },
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "clinic_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid",
                      "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
                    }
                  },
                  {
                    "name": "q",
                    "in": "query",
                    "required": false,
                    "description": "Case-insensitive literal substring of name.",
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
                        "name",
                        "id"
                      ],
                      "default": "id"
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
                      "default": 20
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
                            "$ref": "#/components/schemas/Patient"
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
                  "404": {
                    "description": "The caller is not a member of the Clinic (or there is no such Clinic).",
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
                "operationId": "createPatient",
                "summary": "Create a Patient.",
                "tags": [
                  "Patient"
                ],
                "description": "Allowed: Clinic owner, Clinic doctor, Clinic receptionist (access: [owner, doctor, receptionist]).",
                "x-access": {
                  "rule": "[owner, doctor, receptionist]",
                  "allows": {
                    "anonymous": false,
                    "any user": false,
                    "Clinic owner": true,
                    "Clinic doctor": true,
                    "Clinic nurse": false,
                    "Clinic receptionist": true,
                    "the row's registered_by": false
                  }
                },
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "clinic_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid",
                      "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
                    }
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/PatientInput"
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
                          "$ref": "#/components/schemas/Patient"
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
                    "description": "A member of the Clinic whose role is not one of: owner, doctor, receptionist.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "The caller is not a member of the Clinic (or there is no such Clinic).",
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
            "/api/clinics/{clinic_id}/patients/{id}": {
              "get": {
                "operationId": "getPatient",
                "summary": "Get one Patient.",
                "tags": [
                  "Patient"
                ],
                "description": "Allowed: Clinic owner, Clinic doctor, Clinic nurse, Clinic receptionist, the row's registered_by (access: member).",
                "x-access": {
                  "rule": "member",
                  "allows": {
                    "anonymous": false,
                    "any user": false,
                    "Clinic owner": true,
                    "Clinic doctor": true,
                    "Clinic nurse": true,
                    "Clinic receptionist": true,
                    "the row's registered_by": true
                  }
                },
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "clinic_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid",
                      "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
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
                          "$ref": "#/components/schemas/Patient"
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
                  "404": {
                    "description": "The caller is not a member of the Clinic (or there is no such Clinic), or no such Patient in it.",
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
                "operationId": "replacePatient",
                "summary": "Replace a Patient; absent optional fields reset to their defaults.",
                "tags": [
                  "Patient"
                ],
                "description": "Allowed: Clinic owner, Clinic doctor (access: [owner, doctor]).",
                "x-access": {
                  "rule": "[owner, doctor]",
                  "allows": {
                    "anonymous": false,
                    "any user": false,
                    "Clinic owner": true,
                    "Clinic doctor": true,
                    "Clinic nurse": false,
                    "Clinic receptionist": false,
                    "the row's registered_by": false
                  }
                },
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "clinic_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid",
                      "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
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
                        "$ref": "#/components/schemas/PatientInput"
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
                          "$ref": "#/components/schemas/Patient"
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
                    "description": "A member of the Clinic whose role is not one of: owner, doctor.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "The caller is not a member of the Clinic (or there is no such Clinic), or no such Patient in it.",
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
                "operationId": "patchPatient",
                "summary": "Change some fields of a Patient.",
                "tags": [
                  "Patient"
                ],
                "description": "Allowed: Clinic owner, Clinic doctor (access: [owner, doctor]).",
                "x-access": {
                  "rule": "[owner, doctor]",
                  "allows": {
                    "anonymous": false,
                    "any user": false,
                    "Clinic owner": true,
                    "Clinic doctor": true,
                    "Clinic nurse": false,
                    "Clinic receptionist": false,
                    "the row's registered_by": false
                  }
                },
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "clinic_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid",
                      "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
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
                        "$ref": "#/components/schemas/PatientPatch"
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
                          "$ref": "#/components/schemas/Patient"
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
                    "description": "A member of the Clinic whose role is not one of: owner, doctor.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "The caller is not a member of the Clinic (or there is no such Clinic), or no such Patient in it.",
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
                "operationId": "deletePatient",
                "summary": "Delete a Patient.",
                "tags": [
                  "Patient"
                ],
                "description": "Allowed: Clinic owner, the row's registered_by (access: [owner, registered_by]).",
                "x-access": {
                  "rule": "[owner, registered_by]",
                  "allows": {
                    "anonymous": false,
                    "any user": false,
                    "Clinic owner": true,
                    "Clinic doctor": false,
                    "Clinic nurse": false,
                    "Clinic receptionist": false,
                    "the row's registered_by": true
                  }
                },
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "clinic_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid",
                      "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
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
                    "description": "A member of the Clinic whose role is not one of: owner, and who is not the row's registered_by.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "The caller is not a member of the Clinic (or there is no such Clinic), or no such Patient in it.",
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
            "/api/clinics/{clinic_id}/patients/{patient_id}/appointments": {
              "get": {
                "operationId": "listAppointment",
                "summary": "List Appointment rows.",
                "tags": [
                  "Appointment"
                ],
                "description": "Allowed: Clinic owner, Clinic doctor, Clinic nurse, Clinic receptionist (access: member).",
                "x-access": {
                  "rule": "member",
                  "allows": {
                    "anonymous": false,
                    "any user": false,
                    "Clinic owner": true,
                    "Clinic doctor": true,
                    "Clinic nurse": true,
                    "Clinic receptionist": true
                  }
                },
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "clinic_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid",
                      "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
                    }
                  },
                  {
                    "name": "patient_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer"
                    }
                  },
                  {
                    "name": "sort",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "starts"
                      ],
                      "default": "starts"
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
                    "name": "cursor",
                    "in": "query",
                    "required": false,
                    "description": "Continue after the last row of an earlier page: its X-Next-Cursor (opaque; only for the same sort).",
                    "schema": {
                      "type": "string",
                      "maxLength": 4096
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
                      },
                      "X-Next-Cursor": {
                        "description": "When the page is full: the cursor of the next page (same sort, same filters).",
                        "schema": {
                          "type": "string"
                        }
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/Appointment"
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
                  "404": {
                    "description": "The caller is not a member of the Clinic (or there is no such Clinic), or the Patient is not the Clinic's.",
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
                "operationId": "createAppointment",
                "summary": "Create a Appointment.",
                "tags": [
                  "Appointment"
                ],
                "description": "Allowed: Clinic owner, Clinic doctor, Clinic receptionist (access: [owner, doctor, receptionist]).",
                "x-access": {
                  "rule": "[owner, doctor, receptionist]",
                  "allows": {
                    "anonymous": false,
                    "any user": false,
                    "Clinic owner": true,
                    "Clinic doctor": true,
                    "Clinic nurse": false,
                    "Clinic receptionist": true
                  }
                },
                "x-references": [
                  "doctor_id"
                ],
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "clinic_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid",
                      "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
                    }
                  },
                  {
                    "name": "patient_id",
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
                        "$ref": "#/components/schemas/AppointmentInput"
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
                          "$ref": "#/components/schemas/Appointment"
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
                    "description": "A member of the Clinic whose role is not one of: owner, doctor, receptionist.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "The caller is not a member of the Clinic (or there is no such Clinic), or the Patient is not the Clinic's.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
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
            "/api/clinics/{clinic_id}/patients/{patient_id}/appointments/{id}": {
              "get": {
                "operationId": "getAppointment",
                "summary": "Get one Appointment.",
                "tags": [
                  "Appointment"
                ],
                "description": "Allowed: Clinic owner, Clinic doctor, Clinic nurse, Clinic receptionist (access: member).",
                "x-access": {
                  "rule": "member",
                  "allows": {
                    "anonymous": false,
                    "any user": false,
                    "Clinic owner": true,
                    "Clinic doctor": true,
                    "Clinic nurse": true,
                    "Clinic receptionist": true
                  }
                },
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "clinic_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid",
                      "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
                    }
                  },
                  {
                    "name": "patient_id",
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
                          "$ref": "#/components/schemas/Appointment"
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
                  "404": {
                    "description": "The caller is not a member of the Clinic (or there is no such Clinic), or the Patient is not the Clinic's, or no such Appointment in it.",
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
                "operationId": "replaceAppointment",
                "summary": "Replace a Appointment; absent optional fields reset to their defaults.",
                "tags": [
                  "Appointment"
                ],
                "description": "Allowed: Clinic owner, Clinic doctor, Clinic receptionist (access: [owner, doctor, receptionist]).",
                "x-access": {
                  "rule": "[owner, doctor, receptionist]",
                  "allows": {
                    "anonymous": false,
                    "any user": false,
                    "Clinic owner": true,
                    "Clinic doctor": true,
                    "Clinic nurse": false,
                    "Clinic receptionist": true
                  }
                },
                "x-references": [
                  "doctor_id"
                ],
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "clinic_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid",
                      "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
                    }
                  },
                  {
                    "name": "patient_id",
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
                        "$ref": "#/components/schemas/AppointmentInput"
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
                          "$ref": "#/components/schemas/Appointment"
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
                    "description": "A member of the Clinic whose role is not one of: owner, doctor, receptionist.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "The caller is not a member of the Clinic (or there is no such Clinic), or the Patient is not the Clinic's, or no such Appointment in it.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
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
              },
              "patch": {
                "operationId": "patchAppointment",
                "summary": "Change some fields of a Appointment.",
                "tags": [
                  "Appointment"
                ],
                "description": "Allowed: Clinic owner, Clinic doctor, Clinic receptionist (access: [owner, doctor, receptionist]).",
                "x-access": {
                  "rule": "[owner, doctor, receptionist]",
                  "allows": {
                    "anonymous": false,
                    "any user": false,
                    "Clinic owner": true,
                    "Clinic doctor": true,
                    "Clinic nurse": false,
                    "Clinic receptionist": true
                  }
                },
                "x-references": [
                  "doctor_id"
                ],
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "clinic_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid",
                      "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
                    }
                  },
                  {
                    "name": "patient_id",
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
                        "$ref": "#/components/schemas/AppointmentPatch"
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
                          "$ref": "#/components/schemas/Appointment"
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
                    "description": "A member of the Clinic whose role is not one of: owner, doctor, receptionist.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "The caller is not a member of the Clinic (or there is no such Clinic), or the Patient is not the Clinic's, or no such Appointment in it.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
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
              },
              "delete": {
                "operationId": "deleteAppointment",
                "summary": "Delete a Appointment.",
                "tags": [
                  "Appointment"
                ],
                "description": "Allowed: Clinic owner, Clinic doctor (access: [owner, doctor]).",
                "x-access": {
                  "rule": "[owner, doctor]",
                  "allows": {
                    "anonymous": false,
                    "any user": false,
                    "Clinic owner": true,
                    "Clinic doctor": true,
                    "Clinic nurse": false,
                    "Clinic receptionist": false
                  }
                },
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "parameters": [
                  {
                    "name": "clinic_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid",
                      "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
                    }
                  },
                  {
                    "name": "patient_id",
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
                    "description": "A member of the Clinic whose role is not one of: owner, doctor.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "The caller is not a member of the Clinic (or there is no such Clinic), or the Patient is not the Clinic's, or no such Appointment in it.",
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
            "/api/notices": {
              "get": {
                "operationId": "listNotice",
                "summary": "List Notice rows.",
                "tags": [
                  "Notice"
                ],
                "description": "Allowed: anonymous, user patient, user support (access: public).",
                "x-access": {
                  "rule": "public",
                  "allows": {
                    "anonymous": true,
                    "user patient": true,
                    "user support": true
                  }
                },
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
                            "$ref": "#/components/schemas/Notice"
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
                "operationId": "createNotice",
                "summary": "Create a Notice.",
                "tags": [
                  "Notice"
                ],
                "description": "Allowed: user support (access: [support]).",
                "x-access": {
                  "rule": "[support]",
                  "allows": {
                    "anonymous": false,
                    "user patient": false,
                    "user support": true
                  }
                },
                "security": [
                  {
                    "bearerAuth": []
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/NoticeInput"
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
                          "$ref": "#/components/schemas/Notice"
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
                    "description": "A user whose role is not one of: support.",
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
            "/api/notices/{id}": {
              "get": {
                "operationId": "getNotice",
                "summary": "Get one Notice.",
                "tags": [
                  "Notice"
                ],
                "description": "Allowed: anonymous, user patient, user support (access: public).",
                "x-access": {
                  "rule": "public",
                  "allows": {
                    "anonymous": true,
                    "user patient": true,
                    "user support": true
                  }
                },
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
                          "$ref": "#/components/schemas/Notice"
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
                "operationId": "replaceNotice",
                "summary": "Replace a Notice; absent optional fields reset to their defaults.",
                "tags": [
                  "Notice"
                ],
                "description": "Allowed: user support (access: [support]).",
                "x-access": {
                  "rule": "[support]",
                  "allows": {
                    "anonymous": false,
                    "user patient": false,
                    "user support": true
                  }
                },
                "security": [
                  {
                    "bearerAuth": []
                  }
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
                        "$ref": "#/components/schemas/NoticeInput"
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
                          "$ref": "#/components/schemas/Notice"
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
                    "description": "A user whose role is not one of: support.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "No such Notice.",
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
                "operationId": "patchNotice",
                "summary": "Change some fields of a Notice.",
                "tags": [
                  "Notice"
                ],
                "description": "Allowed: user support (access: [support]).",
                "x-access": {
                  "rule": "[support]",
                  "allows": {
                    "anonymous": false,
                    "user patient": false,
                    "user support": true
                  }
                },
                "security": [
                  {
                    "bearerAuth": []
                  }
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
                        "$ref": "#/components/schemas/NoticePatch"
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
                          "$ref": "#/components/schemas/Notice"
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
                    "description": "A user whose role is not one of: support.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "No such Notice.",
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
                "operationId": "deleteNotice",
                "summary": "Delete a Notice.",
                "tags": [
                  "Notice"
                ],
                "description": "Allowed: user support (access: [support]).",
                "x-access": {
                  "rule": "[support]",
                  "allows": {
                    "anonymous": false,
                    "user patient": false,
                    "user support": true
                  }
                },
                "security": [
                  {
                    "bearerAuth": []
                  }
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
                    "description": "A user whose role is not one of: support.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/HTTPError"
                        }
                      }
                    }
                  },
                  "404": {
                    "description": "No such Notice.",
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
              "StaffRole": {
                "type": "string",
                "enum": [
                  "owner",
                  "doctor",
                  "nurse",
                  "receptionist"
                ]
              },
              "AppointmentState": {
                "type": "string",
                "enum": [
                  "booked",
                  "done",
                  "cancelled"
                ]
              },
              "UserRole": {
                "type": "string",
                "enum": [
                  "patient",
                  "support"
                ]
              },
              "User": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid",
                    "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
                  },
                  "email": {
                    "type": "string",
                    "maxLength": 254,
                    "pattern": "^[^@\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+@[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+(\\.[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)+$"
                  },
                  "role": {
                    "$ref": "#/components/schemas/UserRole"
                  }
                },
                "required": [
                  "id",
                  "email",
                  "role"
                ]
              },
              "UserInput": {
                "type": "object",
                "properties": {
                  "email": {
                    "type": "string",
                    "maxLength": 254,
                    "pattern": "^[^@\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+@[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+(\\.[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)+$"
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
                  }
                }
              },
              "Clinic": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid",
                    "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
                  },
                  "name": {
                    "type": "string",
                    "minLength": 1,
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
                  "name",
                  "created_at"
                ]
              },
              "ClinicInput": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 100,
                    "pattern": "^[^\\u0000]*$"
                  }
                },
                "required": [
                  "name"
                ]
              },
              "ClinicPatch": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 100,
                    "pattern": "^[^\\u0000]*$"
                  }
                }
              },
              "Staff": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "clinic_id": {
                    "type": "string",
                    "format": "uuid",
                    "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
                  },
                  "user_id": {
                    "type": "string",
                    "format": "uuid",
                    "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
                  },
                  "role": {
                    "$ref": "#/components/schemas/StaffRole"
                  }
                },
                "required": [
                  "id",
                  "clinic_id",
                  "user_id",
                  "role"
                ]
              },
              "StaffInput": {
                "type": "object",
                "properties": {
                  "user_id": {
                    "type": "string",
                    "format": "uuid",
                    "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
                  },
                  "role": {
                    "$ref": "#/components/schemas/StaffRole",
                    "default": "nurse"
                  }
                },
                "required": [
                  "user_id"
                ]
              },
              "StaffPatch": {
                "type": "object",
                "properties": {
                  "user_id": {
                    "type": "string",
                    "format": "uuid",
                    "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
                  },
                  "role": {
                    "$ref": "#/components/schemas/StaffRole"
                  }
                }
              },
              "Patient": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "clinic_id": {
                    "type": "string",
                    "format": "uuid",
                    "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
                  },
                  "name": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 100,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "born_on": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
                  },
                  "registered_by": {
                    "type": "string",
                    "format": "uuid",
                    "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
                  }
                },
                "required": [
                  "id",
                  "clinic_id",
                  "name",
                  "born_on",
                  "registered_by"
                ]
              },
              "PatientInput": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 100,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "born_on": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                    "default": null
                  }
                },
                "required": [
                  "name"
                ]
              },
              "PatientPatch": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 100,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "born_on": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
                  }
                }
              },
              "Appointment": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "patient_id": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "doctor_id": {
                    "type": "string",
                    "format": "uuid",
                    "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
                  },
                  "starts_at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "state": {
                    "$ref": "#/components/schemas/AppointmentState"
                  }
                },
                "required": [
                  "id",
                  "patient_id",
                  "doctor_id",
                  "starts_at",
                  "state"
                ]
              },
              "AppointmentInput": {
                "type": "object",
                "properties": {
                  "doctor_id": {
                    "type": "string",
                    "format": "uuid",
                    "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
                  },
                  "starts_at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "state": {
                    "$ref": "#/components/schemas/AppointmentState",
                    "default": "booked"
                  }
                },
                "required": [
                  "doctor_id",
                  "starts_at"
                ]
              },
              "AppointmentPatch": {
                "type": "object",
                "properties": {
                  "doctor_id": {
                    "type": "string",
                    "format": "uuid",
                    "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
                  },
                  "starts_at": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "state": {
                    "$ref": "#/components/schemas/AppointmentState"
                  }
                }
              },
              "Notice": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "title": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 120,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "body": {
                    "type": "string",
                    "maxLength": 4000,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "published_at": {
                    "type": "string",
                    "format": "date-time"
                  }
                },
                "required": [
                  "id",
                  "title",
                  "body",
                  "published_at"
                ]
              },
              "NoticeInput": {
                "type": "object",
                "properties": {
                  "title": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 120,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "body": {
                    "type": "string",
                    "maxLength": 4000,
                    "pattern": "^[^\\u0000]*$"
                  }
                },
                "required": [
                  "title",
                  "body"
                ]
              },
              "NoticePatch": {
                "type": "object",
                "properties": {
                  "title": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 120,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "body": {
                    "type": "string",
                    "maxLength": 4000,
                    "pattern": "^[^\\u0000]*$"
                  }
                }
              },
              "StaffView": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "user_id": {
                    "type": "string",
                    "format": "uuid",
                    "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
                  },
                  "role": {
                    "$ref": "#/components/schemas/StaffRole"
                  }
                },
                "required": [
                  "id",
                  "user_id",
                  "role"
                ]
              },
              "SignupRequest": {
                "type": "object",
                "properties": {
                  "email": {
                    "type": "string",
                    "maxLength": 254,
                    "pattern": "^[^@\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+@[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+(\\.[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)+$"
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
}
