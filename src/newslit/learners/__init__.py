"""What learners do: their saved answers, hand-in files, and a class's answers read together."""
