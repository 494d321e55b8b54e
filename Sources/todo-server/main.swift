print("todo-server")
