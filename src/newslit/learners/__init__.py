"""What learners do: their saved answers, hand-in files, a class's answers read together, and the skills check's results."""
