from assistant.classifiers.trainset.compose import main

main()
