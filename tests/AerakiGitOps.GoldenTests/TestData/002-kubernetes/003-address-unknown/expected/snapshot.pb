
@560af4b7de7a38de2ed534c781c5720cc762c127e7d0957822ac9b19c69a5d29ú
-greeter-headless.apps.svc.cluster.local_20880@9f9529889c5661db202dcfa1236e67fc6226bd8634c06b00b7db47af9ae99438†
-greeter-headless.apps.svc.cluster.local_20880U
dummy*I

/9
7outbound|20880||greeter-headless.apps.svc.cluster.localrdefaultÞ
$greeter.apps.svc.cluster.local_20880@4b40acc888da233c6e9b7bae9c6a5badd187db894f4cbbb08de01ffd837537f0t
$greeter.apps.svc.cluster.local_20880L
dummy*@

/0
.outbound|20880||greeter.apps.svc.cluster.localrdefault