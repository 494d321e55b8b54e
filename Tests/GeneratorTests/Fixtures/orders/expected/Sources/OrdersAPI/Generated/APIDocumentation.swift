// Generated from spec/orders.yaml by `swift run generate` — do not edit.

/// The OpenAPI document and the documentation page, served at `/openapi.json` and `/docs`.
enum APIDocumentation {
    static let openAPI = ##"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "Orders",
            "version": "0.9.0"
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
            "/customers": {
              "get": {
                "operationId": "listCustomer",
                "summary": "List Customer rows.",
                "tags": [
                  "Customer"
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
                            "$ref": "#/components/schemas/Customer"
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
                "operationId": "createCustomer",
                "summary": "Create a Customer.",
                "tags": [
                  "Customer"
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/CustomerInput"
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
                          "$ref": "#/components/schemas/Customer"
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
            "/customers/{id}": {
              "get": {
                "operationId": "getCustomer",
                "summary": "Get one Customer.",
                "tags": [
                  "Customer"
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
                          "$ref": "#/components/schemas/Customer"
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
                "operationId": "replaceCustomer",
                "summary": "Replace a Customer; absent optional fields reset to their defaults.",
                "tags": [
                  "Customer"
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
                        "$ref": "#/components/schemas/CustomerInput"
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
                          "$ref": "#/components/schemas/Customer"
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
                "operationId": "patchCustomer",
                "summary": "Change some fields of a Customer.",
                "tags": [
                  "Customer"
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
                        "$ref": "#/components/schemas/CustomerPatch"
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
                          "$ref": "#/components/schemas/Customer"
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
                "operationId": "deleteCustomer",
                "summary": "Delete a Customer.",
                "tags": [
                  "Customer"
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
            "/orders": {
              "get": {
                "operationId": "listOrder",
                "summary": "List Order rows.",
                "tags": [
                  "Order"
                ],
                "parameters": [
                  {
                    "name": "status",
                    "in": "query",
                    "required": false,
                    "description": "Only rows whose status equals this.",
                    "schema": {
                      "$ref": "#/components/schemas/OrderStatus"
                    }
                  },
                  {
                    "name": "customer",
                    "in": "query",
                    "required": false,
                    "description": "Only rows whose customer_id equals this.",
                    "schema": {
                      "type": "integer",
                      "format": "int32",
                      "minimum": -2147483648,
                      "maximum": 2147483647
                    }
                  },
                  {
                    "name": "sort",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "placed",
                        "total"
                      ],
                      "default": "placed"
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
                            "$ref": "#/components/schemas/Order"
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
                "operationId": "createOrder",
                "summary": "Create a Order.",
                "tags": [
                  "Order"
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/OrderInput"
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
                          "$ref": "#/components/schemas/Order"
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
            "/orders/{id}": {
              "get": {
                "operationId": "getOrder",
                "summary": "Get one Order.",
                "tags": [
                  "Order"
                ],
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The row.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Order"
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
                "operationId": "replaceOrder",
                "summary": "Replace a Order; absent optional fields reset to their defaults.",
                "tags": [
                  "Order"
                ],
                "parameters": [
                  {
                    "name": "id",
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
                        "$ref": "#/components/schemas/OrderInput"
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
                          "$ref": "#/components/schemas/Order"
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
                "operationId": "deleteOrder",
                "summary": "Delete a Order.",
                "tags": [
                  "Order"
                ],
                "parameters": [
                  {
                    "name": "id",
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
            "/shipments": {
              "post": {
                "operationId": "createShipment",
                "summary": "Create a Shipment.",
                "tags": [
                  "Shipment"
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/ShipmentInput"
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
                          "$ref": "#/components/schemas/Shipment"
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
            "/shipments/{id}": {
              "get": {
                "operationId": "getShipment",
                "summary": "Get one Shipment.",
                "tags": [
                  "Shipment"
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
                          "$ref": "#/components/schemas/Shipment"
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
            "/orders/{order_id}/cancel": {
              "post": {
                "operationId": "cancelOrder",
                "summary": "cancelOrder",
                "tags": [
                  "custom"
                ],
                "parameters": [
                  {
                    "name": "order_id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string",
                      "format": "uuid"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The result.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Order"
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
              "OrderStatus": {
                "type": "string",
                "enum": [
                  "pending",
                  "paid",
                  "shipped",
                  "cancelled"
                ]
              },
              "Currency": {
                "type": "string",
                "enum": [
                  "eur",
                  "usd",
                  "gbp"
                ]
              },
              "Customer": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "email": {
                    "type": "string",
                    "maxLength": 254,
                    "pattern": "^[^@\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+@[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+(\\.[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)+$"
                  },
                  "display_name": {
                    "type": "string",
                    "maxLength": 100,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "vip": {
                    "type": "boolean"
                  },
                  "credit_limit": {
                    "type": "number",
                    "description": "Exact decimal: at most 12 digits, 2 after the point."
                  }
                },
                "required": [
                  "id",
                  "email",
                  "display_name",
                  "vip",
                  "credit_limit"
                ]
              },
              "CustomerInput": {
                "type": "object",
                "properties": {
                  "email": {
                    "type": "string",
                    "maxLength": 254,
                    "pattern": "^[^@\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+@[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+(\\.[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)+$"
                  },
                  "display_name": {
                    "type": "string",
                    "maxLength": 100,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "vip": {
                    "type": "boolean",
                    "default": false
                  },
                  "credit_limit": {
                    "type": "number",
                    "description": "Exact decimal: at most 12 digits, 2 after the point.",
                    "default": 0.00
                  }
                },
                "required": [
                  "email",
                  "display_name"
                ]
              },
              "CustomerPatch": {
                "type": "object",
                "properties": {
                  "email": {
                    "type": "string",
                    "maxLength": 254,
                    "pattern": "^[^@\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+@[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+(\\.[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)+$"
                  },
                  "display_name": {
                    "type": "string",
                    "maxLength": 100,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "vip": {
                    "type": "boolean"
                  },
                  "credit_limit": {
                    "type": "number",
                    "description": "Exact decimal: at most 12 digits, 2 after the point."
                  }
                }
              },
              "Order": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string",
                    "format": "uuid"
                  },
                  "customer_id": {
                    "type": "integer",
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "status": {
                    "$ref": "#/components/schemas/OrderStatus"
                  },
                  "currency": {
                    "$ref": "#/components/schemas/Currency"
                  },
                  "total": {
                    "type": "number",
                    "description": "Exact decimal: at most 12 digits, 2 after the point."
                  },
                  "quantity": {
                    "type": "integer",
                    "format": "int32",
                    "minimum": 1,
                    "maximum": 1000
                  },
                  "reference": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 32,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "note": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 2000,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "placed_on": {
                    "type": "string",
                    "format": "date"
                  },
                  "weight_kg": {
                    "type": [
                      "number",
                      "null"
                    ],
                    "format": "double"
                  },
                  "sequence": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "created_at": {
                    "type": "string",
                    "format": "date-time"
                  }
                },
                "required": [
                  "id",
                  "customer_id",
                  "status",
                  "currency",
                  "total",
                  "quantity",
                  "reference",
                  "note",
                  "placed_on",
                  "weight_kg",
                  "sequence",
                  "created_at"
                ]
              },
              "OrderInput": {
                "type": "object",
                "properties": {
                  "customer_id": {
                    "type": "integer",
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "status": {
                    "$ref": "#/components/schemas/OrderStatus",
                    "default": "pending"
                  },
                  "currency": {
                    "$ref": "#/components/schemas/Currency"
                  },
                  "total": {
                    "type": "number",
                    "description": "Exact decimal: at most 12 digits, 2 after the point."
                  },
                  "quantity": {
                    "type": "integer",
                    "format": "int32",
                    "minimum": 1,
                    "maximum": 1000
                  },
                  "note": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 2000,
                    "pattern": "^[^\\u0000]*$",
                    "default": null
                  },
                  "placed_on": {
                    "type": "string",
                    "format": "date"
                  },
                  "weight_kg": {
                    "type": [
                      "number",
                      "null"
                    ],
                    "format": "double",
                    "default": null
                  },
                  "sequence": {
                    "type": "integer",
                    "format": "int64",
                    "default": 0
                  }
                },
                "required": [
                  "customer_id",
                  "currency",
                  "total",
                  "quantity",
                  "placed_on"
                ]
              },
              "OrderPatch": {
                "type": "object",
                "properties": {
                  "customer_id": {
                    "type": "integer",
                    "format": "int32",
                    "minimum": -2147483648,
                    "maximum": 2147483647
                  },
                  "status": {
                    "$ref": "#/components/schemas/OrderStatus"
                  },
                  "currency": {
                    "$ref": "#/components/schemas/Currency"
                  },
                  "total": {
                    "type": "number",
                    "description": "Exact decimal: at most 12 digits, 2 after the point."
                  },
                  "quantity": {
                    "type": "integer",
                    "format": "int32",
                    "minimum": 1,
                    "maximum": 1000
                  },
                  "note": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 2000,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "placed_on": {
                    "type": "string",
                    "format": "date"
                  },
                  "weight_kg": {
                    "type": [
                      "number",
                      "null"
                    ],
                    "format": "double"
                  },
                  "sequence": {
                    "type": "integer",
                    "format": "int64"
                  }
                }
              },
              "Shipment": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "order_id": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "uuid"
                  },
                  "carrier": {
                    "type": "string",
                    "maxLength": 40,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "delivered": {
                    "type": "boolean"
                  }
                },
                "required": [
                  "id",
                  "order_id",
                  "carrier",
                  "delivered"
                ]
              },
              "ShipmentInput": {
                "type": "object",
                "properties": {
                  "order_id": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "uuid",
                    "default": null
                  },
                  "carrier": {
                    "type": "string",
                    "maxLength": 40,
                    "pattern": "^[^\\u0000]*$",
                    "default": "post"
                  },
                  "delivered": {
                    "type": "boolean",
                    "default": false
                  }
                },
                "required": []
              },
              "ShipmentPatch": {
                "type": "object",
                "properties": {
                  "order_id": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "uuid"
                  },
                  "carrier": {
                    "type": "string",
                    "maxLength": 40,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "delivered": {
                    "type": "boolean"
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
        <title>Orders 0.9.0</title>
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
        <h1>Orders <small>0.9.0</small></h1>
        <p>Generated from <code>spec/orders.yaml</code>. The machine-readable description is <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).
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
        <div class="op" id="listCustomer">
        <div><span class="method">GET</span> <code>/customers</code></div>
        <p>List Customer rows.</p>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>200</td><td>One page of rows.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="createCustomer">
        <div><span class="method">POST</span> <code>/customers</code></div>
        <p>Create a Customer.</p>
        <p>Body: <code>{&quot;$ref&quot;:&quot;#/components/schemas/CustomerInput&quot;}</code></p>
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
        <div class="op" id="getCustomer">
        <div><span class="method">GET</span> <code>/customers/{id}</code></div>
        <p>Get one Customer.</p>
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
        <div class="op" id="replaceCustomer">
        <div><span class="method">PUT</span> <code>/customers/{id}</code></div>
        <p>Replace a Customer; absent optional fields reset to their defaults.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;integer&quot;}</code></td></tr>
        </table>
        <p>Body: <code>{&quot;$ref&quot;:&quot;#/components/schemas/CustomerInput&quot;}</code></p>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>200</td><td>The row.</td></tr>
        <tr><td>404</td><td>No such row, or it belongs to another user.</td></tr>
        <tr><td>409</td><td>A unique value is already taken, or a referenced row is missing.</td></tr>
        <tr><td>413</td><td>The request body is larger than 1 MiB.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="patchCustomer">
        <div><span class="method">PATCH</span> <code>/customers/{id}</code></div>
        <p>Change some fields of a Customer.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;integer&quot;}</code></td></tr>
        </table>
        <p>Body: <code>{&quot;$ref&quot;:&quot;#/components/schemas/CustomerPatch&quot;}</code></p>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>200</td><td>The row.</td></tr>
        <tr><td>404</td><td>No such row, or it belongs to another user.</td></tr>
        <tr><td>409</td><td>A unique value is already taken, or a referenced row is missing.</td></tr>
        <tr><td>413</td><td>The request body is larger than 1 MiB.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="deleteCustomer">
        <div><span class="method">DELETE</span> <code>/customers/{id}</code></div>
        <p>Delete a Customer.</p>
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
        <div class="op" id="listOrder">
        <div><span class="method">GET</span> <code>/orders</code></div>
        <p>List Order rows.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>status</code></td><td>query</td><td><code>{&quot;$ref&quot;:&quot;#/components/schemas/OrderStatus&quot;}</code></td></tr>
        <tr><td><code>customer</code></td><td>query</td><td><code>{&quot;type&quot;:&quot;integer&quot;,&quot;format&quot;:&quot;int32&quot;,&quot;minimum&quot;:-2147483648,&quot;maximum&quot;:2147483647}</code></td></tr>
        <tr><td><code>sort</code></td><td>query</td><td><code>{&quot;type&quot;:&quot;string&quot;,&quot;enum&quot;:[&quot;placed&quot;,&quot;total&quot;],&quot;default&quot;:&quot;placed&quot;}</code></td></tr>
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
        <div class="op" id="createOrder">
        <div><span class="method">POST</span> <code>/orders</code></div>
        <p>Create a Order.</p>
        <p>Body: <code>{&quot;$ref&quot;:&quot;#/components/schemas/OrderInput&quot;}</code></p>
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
        <div class="op" id="getOrder">
        <div><span class="method">GET</span> <code>/orders/{id}</code></div>
        <p>Get one Order.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;string&quot;,&quot;format&quot;:&quot;uuid&quot;}</code></td></tr>
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
        <div class="op" id="replaceOrder">
        <div><span class="method">PUT</span> <code>/orders/{id}</code></div>
        <p>Replace a Order; absent optional fields reset to their defaults.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;string&quot;,&quot;format&quot;:&quot;uuid&quot;}</code></td></tr>
        </table>
        <p>Body: <code>{&quot;$ref&quot;:&quot;#/components/schemas/OrderInput&quot;}</code></p>
        <table><tr><th>status</th><th>meaning</th></tr>
        <tr><td>200</td><td>The row.</td></tr>
        <tr><td>404</td><td>No such row, or it belongs to another user.</td></tr>
        <tr><td>409</td><td>A unique value is already taken, or a referenced row is missing.</td></tr>
        <tr><td>413</td><td>The request body is larger than 1 MiB.</td></tr>
        <tr><td>422</td><td>Invalid parameters or body; every failing field is listed.</td></tr>
        <tr><td>503</td><td>The database is unavailable.</td></tr>
        <tr><td>414</td><td>The request target is longer than 8 KiB.</td></tr>
        <tr><td>431</td><td>The request headers are larger than 16 KiB or more than 100.</td></tr>
        </table>
        </div>
        <div class="op" id="deleteOrder">
        <div><span class="method">DELETE</span> <code>/orders/{id}</code></div>
        <p>Delete a Order.</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;string&quot;,&quot;format&quot;:&quot;uuid&quot;}</code></td></tr>
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
        <div class="op" id="createShipment">
        <div><span class="method">POST</span> <code>/shipments</code></div>
        <p>Create a Shipment.</p>
        <p>Body: <code>{&quot;$ref&quot;:&quot;#/components/schemas/ShipmentInput&quot;}</code></p>
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
        <div class="op" id="getShipment">
        <div><span class="method">GET</span> <code>/shipments/{id}</code></div>
        <p>Get one Shipment.</p>
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
        <div class="op" id="cancelOrder">
        <div><span class="method">POST</span> <code>/orders/{order_id}/cancel</code></div>
        <p>cancelOrder</p>
        <table><tr><th>parameter</th><th>in</th><th>schema</th></tr>
        <tr><td><code>order_id</code></td><td>path</td><td><code>{&quot;type&quot;:&quot;string&quot;,&quot;format&quot;:&quot;uuid&quot;}</code></td></tr>
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
        <h3 id="schema-OrderStatus">OrderStatus</h3>
        <pre>{
          &quot;type&quot;: &quot;string&quot;,
          &quot;enum&quot;: [
            &quot;pending&quot;,
            &quot;paid&quot;,
            &quot;shipped&quot;,
            &quot;cancelled&quot;
          ]
        }</pre>
        <h3 id="schema-Currency">Currency</h3>
        <pre>{
          &quot;type&quot;: &quot;string&quot;,
          &quot;enum&quot;: [
            &quot;eur&quot;,
            &quot;usd&quot;,
            &quot;gbp&quot;
          ]
        }</pre>
        <h3 id="schema-Customer">Customer</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;id&quot;: {
              &quot;type&quot;: &quot;integer&quot;,
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;email&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;maxLength&quot;: 254,
              &quot;pattern&quot;: &quot;^[^@\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+@[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+(\\.[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)+$&quot;
            },
            &quot;display_name&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;maxLength&quot;: 100,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;vip&quot;: {
              &quot;type&quot;: &quot;boolean&quot;
            },
            &quot;credit_limit&quot;: {
              &quot;type&quot;: &quot;number&quot;,
              &quot;description&quot;: &quot;Exact decimal: at most 12 digits, 2 after the point.&quot;
            }
          },
          &quot;required&quot;: [
            &quot;id&quot;,
            &quot;email&quot;,
            &quot;display_name&quot;,
            &quot;vip&quot;,
            &quot;credit_limit&quot;
          ]
        }</pre>
        <h3 id="schema-CustomerInput">CustomerInput</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;email&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;maxLength&quot;: 254,
              &quot;pattern&quot;: &quot;^[^@\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+@[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+(\\.[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)+$&quot;
            },
            &quot;display_name&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;maxLength&quot;: 100,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;vip&quot;: {
              &quot;type&quot;: &quot;boolean&quot;,
              &quot;default&quot;: false
            },
            &quot;credit_limit&quot;: {
              &quot;type&quot;: &quot;number&quot;,
              &quot;description&quot;: &quot;Exact decimal: at most 12 digits, 2 after the point.&quot;,
              &quot;default&quot;: 0.00
            }
          },
          &quot;required&quot;: [
            &quot;email&quot;,
            &quot;display_name&quot;
          ]
        }</pre>
        <h3 id="schema-CustomerPatch">CustomerPatch</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;email&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;maxLength&quot;: 254,
              &quot;pattern&quot;: &quot;^[^@\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+@[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+(\\.[^@.\\u0000-\\u0020\\u007f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+)+$&quot;
            },
            &quot;display_name&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;maxLength&quot;: 100,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;vip&quot;: {
              &quot;type&quot;: &quot;boolean&quot;
            },
            &quot;credit_limit&quot;: {
              &quot;type&quot;: &quot;number&quot;,
              &quot;description&quot;: &quot;Exact decimal: at most 12 digits, 2 after the point.&quot;
            }
          }
        }</pre>
        <h3 id="schema-Order">Order</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;id&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;format&quot;: &quot;uuid&quot;
            },
            &quot;customer_id&quot;: {
              &quot;type&quot;: &quot;integer&quot;,
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;status&quot;: {
              &quot;$ref&quot;: &quot;#/components/schemas/OrderStatus&quot;
            },
            &quot;currency&quot;: {
              &quot;$ref&quot;: &quot;#/components/schemas/Currency&quot;
            },
            &quot;total&quot;: {
              &quot;type&quot;: &quot;number&quot;,
              &quot;description&quot;: &quot;Exact decimal: at most 12 digits, 2 after the point.&quot;
            },
            &quot;quantity&quot;: {
              &quot;type&quot;: &quot;integer&quot;,
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: 1,
              &quot;maximum&quot;: 1000
            },
            &quot;reference&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 32,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;note&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 2000,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;placed_on&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;format&quot;: &quot;date&quot;
            },
            &quot;weight_kg&quot;: {
              &quot;type&quot;: [
                &quot;number&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;double&quot;
            },
            &quot;sequence&quot;: {
              &quot;type&quot;: &quot;integer&quot;,
              &quot;format&quot;: &quot;int64&quot;
            },
            &quot;created_at&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;format&quot;: &quot;date-time&quot;
            }
          },
          &quot;required&quot;: [
            &quot;id&quot;,
            &quot;customer_id&quot;,
            &quot;status&quot;,
            &quot;currency&quot;,
            &quot;total&quot;,
            &quot;quantity&quot;,
            &quot;reference&quot;,
            &quot;note&quot;,
            &quot;placed_on&quot;,
            &quot;weight_kg&quot;,
            &quot;sequence&quot;,
            &quot;created_at&quot;
          ]
        }</pre>
        <h3 id="schema-OrderInput">OrderInput</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;customer_id&quot;: {
              &quot;type&quot;: &quot;integer&quot;,
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;status&quot;: {
              &quot;$ref&quot;: &quot;#/components/schemas/OrderStatus&quot;,
              &quot;default&quot;: &quot;pending&quot;
            },
            &quot;currency&quot;: {
              &quot;$ref&quot;: &quot;#/components/schemas/Currency&quot;
            },
            &quot;total&quot;: {
              &quot;type&quot;: &quot;number&quot;,
              &quot;description&quot;: &quot;Exact decimal: at most 12 digits, 2 after the point.&quot;
            },
            &quot;quantity&quot;: {
              &quot;type&quot;: &quot;integer&quot;,
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: 1,
              &quot;maximum&quot;: 1000
            },
            &quot;note&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 2000,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;,
              &quot;default&quot;: null
            },
            &quot;placed_on&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;format&quot;: &quot;date&quot;
            },
            &quot;weight_kg&quot;: {
              &quot;type&quot;: [
                &quot;number&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;double&quot;,
              &quot;default&quot;: null
            },
            &quot;sequence&quot;: {
              &quot;type&quot;: &quot;integer&quot;,
              &quot;format&quot;: &quot;int64&quot;,
              &quot;default&quot;: 0
            }
          },
          &quot;required&quot;: [
            &quot;customer_id&quot;,
            &quot;currency&quot;,
            &quot;total&quot;,
            &quot;quantity&quot;,
            &quot;placed_on&quot;
          ]
        }</pre>
        <h3 id="schema-OrderPatch">OrderPatch</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;customer_id&quot;: {
              &quot;type&quot;: &quot;integer&quot;,
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: -2147483648,
              &quot;maximum&quot;: 2147483647
            },
            &quot;status&quot;: {
              &quot;$ref&quot;: &quot;#/components/schemas/OrderStatus&quot;
            },
            &quot;currency&quot;: {
              &quot;$ref&quot;: &quot;#/components/schemas/Currency&quot;
            },
            &quot;total&quot;: {
              &quot;type&quot;: &quot;number&quot;,
              &quot;description&quot;: &quot;Exact decimal: at most 12 digits, 2 after the point.&quot;
            },
            &quot;quantity&quot;: {
              &quot;type&quot;: &quot;integer&quot;,
              &quot;format&quot;: &quot;int32&quot;,
              &quot;minimum&quot;: 1,
              &quot;maximum&quot;: 1000
            },
            &quot;note&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;maxLength&quot;: 2000,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;placed_on&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;format&quot;: &quot;date&quot;
            },
            &quot;weight_kg&quot;: {
              &quot;type&quot;: [
                &quot;number&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;double&quot;
            },
            &quot;sequence&quot;: {
              &quot;type&quot;: &quot;integer&quot;,
              &quot;format&quot;: &quot;int64&quot;
            }
          }
        }</pre>
        <h3 id="schema-Shipment">Shipment</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;id&quot;: {
              &quot;type&quot;: &quot;integer&quot;,
              &quot;format&quot;: &quot;int64&quot;
            },
            &quot;order_id&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;uuid&quot;
            },
            &quot;carrier&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;maxLength&quot;: 40,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;delivered&quot;: {
              &quot;type&quot;: &quot;boolean&quot;
            }
          },
          &quot;required&quot;: [
            &quot;id&quot;,
            &quot;order_id&quot;,
            &quot;carrier&quot;,
            &quot;delivered&quot;
          ]
        }</pre>
        <h3 id="schema-ShipmentInput">ShipmentInput</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;order_id&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;uuid&quot;,
              &quot;default&quot;: null
            },
            &quot;carrier&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;maxLength&quot;: 40,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;,
              &quot;default&quot;: &quot;post&quot;
            },
            &quot;delivered&quot;: {
              &quot;type&quot;: &quot;boolean&quot;,
              &quot;default&quot;: false
            }
          },
          &quot;required&quot;: []
        }</pre>
        <h3 id="schema-ShipmentPatch">ShipmentPatch</h3>
        <pre>{
          &quot;type&quot;: &quot;object&quot;,
          &quot;properties&quot;: {
            &quot;order_id&quot;: {
              &quot;type&quot;: [
                &quot;string&quot;,
                &quot;null&quot;
              ],
              &quot;format&quot;: &quot;uuid&quot;
            },
            &quot;carrier&quot;: {
              &quot;type&quot;: &quot;string&quot;,
              &quot;maxLength&quot;: 40,
              &quot;pattern&quot;: &quot;^[^\\u0000]*$&quot;
            },
            &quot;delivered&quot;: {
              &quot;type&quot;: &quot;boolean&quot;
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
